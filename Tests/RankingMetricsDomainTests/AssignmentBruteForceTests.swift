import RankingMetricsDomain
import Testing

/// Compares both modes with exhaustive enumeration of every feasible assignment on many small
/// random instances: the solver must reach the optimal objective and stay feasible.
struct AssignmentBruteForceTests {
    /// A random instance: up to 6 students, up to 4 topics with 1–2 seats, each student ranking a
    /// random subset with distinct positions in 1…T (gaps allowed).
    private func randomProblem(using generator: inout SeededGenerator) throws -> AssignmentProblem {
        let topicCount = Int.random(in: 1...4, using: &generator)
        let topics = (1...topicCount).map(Fixture.topic)
        var capacities: [TopicID: Int] = [:]
        for topic in topics { capacities[topic] = Int.random(in: 1...2, using: &generator) }
        var rankings: [StudentID: [TopicID: Int]] = [:]
        for student in 0..<Int.random(in: 1...6, using: &generator) {
            let positions = (1...topicCount).shuffled(using: &generator)
            let chosen = topics.shuffled(using: &generator).prefix(Int.random(in: 0...topicCount, using: &generator))
            rankings[StudentID("s\(student)")] = Dictionary(uniqueKeysWithValues: zip(chosen, positions))
        }
        return try AssignmentProblem(capacities: capacities, rankings: rankings)
    }

    /// Every feasible assignment's rank profile (students may stay unplaced).
    private func allProfiles(_ problem: AssignmentProblem) -> [[Int]] {
        let students = problem.rankings.keys.sorted()
        let length = problem.capacities.count
        var profiles: [[Int]] = []
        var seats = problem.capacities
        var profile = Array(repeating: 0, count: length)
        func visit(_ index: Int) {
            guard index < students.count else {
                profiles.append(profile)
                return
            }
            visit(index + 1)
            for (topic, position) in problem.rankings[students[index]] ?? [:] where (seats[topic] ?? 0) > 0 {
                seats[topic, default: 0] -= 1
                profile[position - 1] += 1
                visit(index + 1)
                profile[position - 1] -= 1
                seats[topic, default: 0] += 1
            }
        }
        visit(0)
        return profiles
    }

    private func isFeasible(_ result: Assignment, for problem: AssignmentProblem) -> Bool {
        var used: [TopicID: Int] = [:]
        for placement in result.placements {
            guard problem.rankings[placement.studentID]?[placement.topicID] == placement.position else { return false }
            used[placement.topicID, default: 0] += 1
        }
        let placed = result.placements.map(\.studentID)
        return Set(placed).count == placed.count
            && used.allSatisfy { $0.value <= (problem.capacities[$0.key] ?? 0) }
            && Set(placed).union(result.unassigned) == Set(problem.rankings.keys)
            && Set(placed).isDisjoint(with: result.unassigned)
    }

    private func padded(_ profile: [Int], to length: Int) -> [Int] {
        profile + Array(repeating: 0, count: max(length - profile.count, 0))
    }

    @Test("Minimum cost equals brute force: most placed, then least Σposition (500 instances)")
    func minimumCostMatchesBruteForce() throws {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        for _ in 0..<500 {
            let problem = try randomProblem(using: &generator)
            let result = assign(problem, mode: .minimumCost)
            #expect(isFeasible(result, for: problem))
            let best = allProfiles(problem).map { profile -> (Int, Int) in
                let placed = profile.reduce(0, +)
                let cost = profile.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
                return (-placed, cost)
            }.min { $0 < $1 }
            #expect(best.map { ($0.0, $0.1) } ?? (0, 0) == (-result.placements.count, result.totalCost))
        }
    }

    @Test("Rank-maximal equals brute force: lexicographically greatest rank profile (500 instances)")
    func rankMaximalMatchesBruteForce() throws {
        var generator = SeededGenerator(seed: 0x5EED_0002)
        for _ in 0..<500 {
            let problem = try randomProblem(using: &generator)
            let result = assign(problem, mode: .rankMaximal)
            #expect(isFeasible(result, for: problem))
            let length = problem.capacities.count
            let best = allProfiles(problem).max { $0.lexicographicallyPrecedes($1) }
            #expect(padded(result.rankProfile, to: length) == best)
        }
    }

    /// Same content, different insertion order of topics, students and choices: same result.
    @Test("Determinism: independent of input order, identical on repeat")
    func orderIndependent() throws {
        var generator = SeededGenerator(seed: 0x5EED_0003)
        for _ in 0..<100 {
            let problem = try randomProblem(using: &generator)
            var rankings: [StudentID: [TopicID: Int]] = [:]
            for (student, ranked) in problem.rankings.shuffled(using: &generator) {
                var copy: [TopicID: Int] = [:]
                for (topic, position) in ranked.shuffled(using: &generator) { copy[topic] = position }
                rankings[student] = copy
            }
            var capacities: [TopicID: Int] = [:]
            for (topic, seats) in problem.capacities.shuffled(using: &generator) { capacities[topic] = seats }
            let reordered = try AssignmentProblem(capacities: capacities, rankings: rankings)
            for mode in AssignmentMode.allCases {
                #expect(assign(reordered, mode: mode) == assign(problem, mode: mode))
            }
        }
    }
}
