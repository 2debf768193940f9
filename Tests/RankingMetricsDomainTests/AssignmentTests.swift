import RankingMetricsDomain
import Testing

struct AssignmentTests {
    private let a = Fixture.topic(1)
    private let b = Fixture.topic(2)

    private func problem(_ capacities: [TopicID: Int], _ rankings: [StudentID: [TopicID: Int]]) throws -> AssignmentProblem {
        try AssignmentProblem(capacities: capacities, rankings: rankings)
    }

    /// s1: A first, B second; s2: only A first. One seat each. Placing both costs 1 + 2 = 3,
    /// and in rank-maximal terms (1 first, 1 second) beats (1 first).
    @Test("Both modes move a flexible student aside so everyone is placed")
    func displacement() throws {
        let input = try problem([a: 1, b: 1], ["s1": [a: 1, b: 2], "s2": [a: 1]])
        for mode in AssignmentMode.allCases {
            let result = assign(input, mode: mode)
            #expect(result.placements == [
                Placement(studentID: "s1", topicID: b, position: 2), Placement(studentID: "s2", topicID: a, position: 1),
            ])
            #expect(result.unassigned.isEmpty)
            #expect(result.totalCost == 3)
            #expect(result.rankProfile == [1, 1])
        }
    }

    /// s1 ranks B first and A second; s2 ranked only B (at position 2). Minimum cost places
    /// both (s1→A, s2→B, cost 4); rank-maximal keeps s1's first choice and leaves s2 out.
    @Test("Minimum cost maximises placements first; rank-maximal maximises first choices first")
    func modesDiffer() throws {
        let input = try problem([a: 1, b: 1], ["s1": [b: 1, a: 2], "s2": [b: 2]])
        let cheapest = assign(input, mode: .minimumCost)
        #expect(cheapest.placements.map(\.topicID) == [a, b])
        #expect(cheapest.totalCost == 4)
        #expect(cheapest.rankProfile == [0, 2])
        let rankMaximal = assign(input, mode: .rankMaximal)
        #expect(rankMaximal.placements == [Placement(studentID: "s1", topicID: b, position: 1)])
        #expect(rankMaximal.unassigned == ["s2"])
        #expect(rankMaximal.rankProfile == [1, 0])
    }

    /// Three want A (2 seats) first; one of them also ranked B third. Minimum cost gives A to two
    /// and B to the third; the cost is 1 + 1 + 3 = 5 whoever it is, so the documented tie-break
    /// decides: lower student ids are explored first and keep their first choice.
    @Test("Capacities and the deterministic tie-break")
    func capacityAndTieBreak() throws {
        let c = Fixture.topic(3)
        let input = try problem([a: 2, b: 1, c: 1], ["s1": [a: 1, b: 3], "s2": [a: 1, b: 3], "s3": [a: 1, b: 3]])
        let result = assign(input, mode: .minimumCost)
        #expect(result.totalCost == 5)
        #expect(result.placements.filter { $0.topicID == a }.count == 2)
        #expect(result.placements.map(\.studentID) == ["s1", "s2", "s3"])
        #expect(result.placements.first { $0.topicID == b }?.studentID == "s3")
        #expect(assign(input, mode: .minimumCost) == result)
    }

    @Test("Students without rankings or without a free ranked seat are reported unassigned")
    func unassigned() throws {
        let input = try problem([a: 1], ["s1": [a: 1], "s2": [a: 1], "s3": [:]])
        for mode in AssignmentMode.allCases {
            let result = assign(input, mode: mode)
            #expect(result.placements == [Placement(studentID: "s1", topicID: a, position: 1)])
            #expect(result.unassigned == ["s2", "s3"])
        }
        #expect(assign(try problem([:], [:]), mode: .rankMaximal).placements.isEmpty)
    }

    @Test("Invalid problems are typed errors naming the offender")
    func validation() {
        #expect(throws: AssignmentProblemError.invalidCapacity(a, capacity: 0)) { try problem([a: 0], [:]) }
        #expect(throws: AssignmentProblemError.unknownTopic("s1", b)) { try problem([a: 1], ["s1": [b: 1]]) }
        #expect(throws: AssignmentProblemError.positionOutOfRange("s1", a, position: 2, topicCount: 1)) {
            try problem([a: 1], ["s1": [a: 2]])
        }
        #expect(throws: AssignmentProblemError.positionOutOfRange("s1", a, position: 0, topicCount: 1)) {
            try problem([a: 1], ["s1": [a: 0]])
        }
    }
}
