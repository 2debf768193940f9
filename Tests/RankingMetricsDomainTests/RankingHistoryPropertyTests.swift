import RankingMetricsDomain
import Testing

/// Issue 9, item 7: aggregates kept incrementally through 100,000 random ranking batches and undos
/// (valid, refused and conflicting alike) equal a full recomputation from the final rankings.
struct RankingHistoryPropertyTests {
    static let operations = 100_000
    static let students = 400
    static let topicCount = 9

    /// The state the service keeps: rankings, the undo stack and the per-topic aggregates.
    struct Model {
        let period = Fixture.openPeriod(topicCount: RankingHistoryPropertyTests.topicCount)
        var rankings: [StudentID: StudentRankings] = [:]
        var history: [StudentID: [RecordedRankingBatch]] = [:]
        var aggregates: [TopicID: TopicAggregate] = [:]
        var nextEvent = 0
        var accepted = 0
        var undone = 0

        init() {
            for topic in period.topics { aggregates[topic] = TopicAggregate(topicCount: period.topicCount) }
        }

        func current(_ student: StudentID) -> StudentRankings {
            rankings[student] ?? StudentRankings(studentID: student, periodID: period.id)
        }

        /// Applies an accepted batch or undo exactly as the handler does: aggregates, rankings, history.
        mutating func record(_ applied: AppliedRankingBatch) throws {
            for change in applied.changes {
                aggregates[change.topicID] = try aggregates[change.topicID]?.applying(change)
            }
            rankings[applied.studentID] = applied.rankings
            nextEvent += 1
            history[applied.studentID, default: []].append(
                RecordedRankingBatch(
                    eventID: RankingEventID("e\(nextEvent)"), studentID: applied.studentID, periodID: period.id,
                    sessionID: applied.sessionID, changes: applied.changes))
        }
    }

    /// A batch that re-ranks a random subset (always valid) or moves one or two topics at random
    /// (often refused: a shared position, or withdrawing what is not ranked).
    static func randomRequest(
        for student: StudentID, holding held: StudentRankings, using generator: inout SeededGenerator
    ) -> RankingBatchRequest {
        let topics = Fixture.topics(topicCount).sorted()
        var updates: [RankingBatchRequest.Update] = []
        if generator.chance(60) {
            let ranked = Int.random(in: 1...topicCount, using: &generator)
            let order = topics.shuffled(using: &generator)
            let positions = (1...topicCount).shuffled(using: &generator)
            for (index, topic) in order.enumerated() {
                if index < ranked {
                    updates.append(.init(topicID: topic, position: Double(positions[index])))
                } else if held.positions[topic] != nil {
                    updates.append(.init(topicID: topic, position: nil))
                }
            }
        } else {
            for topic in topics.shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator)) {
                let withdraw = generator.chance(25)
                updates.append(
                    .init(topicID: topic, position: withdraw ? nil : Double(Int.random(in: 1...topicCount, using: &generator))))
            }
        }
        return RankingBatchRequest(studentID: student, periodID: Fixture.period, sessionID: "web", updates: updates)
    }

    @Test("100,000 random batches and undos: every aggregate equals a recomputation from the rankings")
    func aggregatesSurviveRandomHistory() throws {
        var generator = SeededGenerator(seed: 0x9_100_000)
        var model = Model()
        var refused = 0
        for _ in 0..<Self.operations {
            let student = StudentID("s\(Int.random(in: 0..<Self.students, using: &generator))")
            let current = model.current(student)
            do {
                if generator.chance(25) {
                    try model.record(
                        try undoLastRankingBatch(of: current, history: model.history[student] ?? [], in: model.period))
                    model.undone += 1
                } else {
                    try model.record(try applyRankingBatch(
                        Self.randomRequest(for: student, holding: current, using: &generator), to: current, in: model.period))
                    model.accepted += 1
                }
            } catch is RankingBatchRejection {
                refused += 1
            } catch is UndoRejection {
                refused += 1
            }
        }
        let rows = model.rankings.values.flatMap { rankings in rankings.positions.map { (topicID: $0.key, position: $0.value) } }
        let recomputed = try recomputeAggregates(rankings: rows, topics: model.period.topics)
        #expect(verifyAggregates(maintained: model.aggregates, recomputed: recomputed).isEmpty)
        #expect(model.aggregates == recomputed)
        // The run exercised every path, not just one.
        #expect(model.accepted > 30_000)
        #expect(model.undone > 10_000)
        #expect(refused > 10_000)
        #expect(model.aggregates.values.map(\.count).reduce(0, +) == rows.count)
    }
}
