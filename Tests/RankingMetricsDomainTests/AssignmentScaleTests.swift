import RankingMetricsDomain
import Testing

/// 2,000 students × 100 topics, ten choices each: both modes must finish quickly and stay
/// feasible; minimum cost must place at least as many students as rank-maximal, and
/// rank-maximal must have a profile at least as good.
struct AssignmentScaleTests {
    private func largeProblem() throws -> AssignmentProblem {
        var generator = SeededGenerator(seed: 0x2000_0100)
        let topics = (1...100).map(Fixture.topic)
        var capacities: [TopicID: Int] = [:]
        for topic in topics { capacities[topic] = Int.random(in: 12...26, using: &generator) }
        var rankings: [StudentID: [TopicID: Int]] = [:]
        for student in 0..<2_000 {
            // Skewed popularity: low-numbered topics are wanted more, so seats run out.
            var chosen: [TopicID] = []
            while chosen.count < 10 {
                let pick = topics[Int(Double(topics.count) * pow2(Double.random(in: 0..<1, using: &generator)))]
                if !chosen.contains(pick) { chosen.append(pick) }
            }
            rankings[StudentID("student-\(student)")] = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($1, $0 + 1) })
        }
        return try AssignmentProblem(capacities: capacities, rankings: rankings)
    }

    private func pow2(_ x: Double) -> Double { x * x }

    @Test("2,000 students × 100 topics: both modes, feasible and mutually consistent")
    func largeInstance() throws {
        let problem = try largeProblem()
        let cheapest = assign(problem, mode: .minimumCost)
        let rankMaximal = assign(problem, mode: .rankMaximal)
        for result in [cheapest, rankMaximal] {
            var used: [TopicID: Int] = [:]
            for placement in result.placements {
                #expect(problem.rankings[placement.studentID]?[placement.topicID] == placement.position)
                used[placement.topicID, default: 0] += 1
            }
            #expect(used.allSatisfy { $0.value <= (problem.capacities[$0.key] ?? 0) })
            #expect(result.placements.count + result.unassigned.count == 2_000)
            #expect(result.rankProfile.reduce(0, +) == result.placements.count)
        }
        #expect(cheapest.placements.count >= rankMaximal.placements.count)
        #expect(!rankMaximal.rankProfile.lexicographicallyPrecedes(cheapest.rankProfile))
        if cheapest.placements.count == rankMaximal.placements.count {
            #expect(cheapest.totalCost <= rankMaximal.totalCost)
        }
        #expect(cheapest.placements.count > 1_500)
    }
}
