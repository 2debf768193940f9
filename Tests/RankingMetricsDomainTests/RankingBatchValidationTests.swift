import RankingMetricsDomain
import Testing

struct RankingBatchValidationTests {
    private let period = Fixture.openPeriod(topicCount: 5)

    private func rejection(
        _ request: RankingBatchRequest, current: StudentRankings = Fixture.rankings([:]),
        period: SelectionPeriod? = nil
    ) -> RankingBatchRejection? {
        do {
            _ = try applyRankingBatch(request, to: current, in: period ?? self.period)
            return nil
        } catch {
            return error
        }
    }

    /// D001-17: a new ranking records oldPos nil; a move records the old position; a withdrawal
    /// records newPos nil. Students may rank a subset (D001-08).
    @Test("D001-08/D001-17: add, move and withdraw in one batch")
    func appliesChanges() throws {
        let current = Fixture.rankings([1: 1, 2: 2, 3: 3])
        let applied = try applyRankingBatch(
            Fixture.batch([(4, 5), (1, 4), (3, nil)]), to: current, in: period)
        #expect(applied.changes == [
            RankingChange(topicID: Fixture.topic(4), oldPosition: nil, newPosition: 5),
            RankingChange(topicID: Fixture.topic(1), oldPosition: 1, newPosition: 4),
            RankingChange(topicID: Fixture.topic(3), oldPosition: 3, newPosition: nil),
        ])
        #expect(applied.rankings == Fixture.rankings([1: 4, 2: 2, 4: 5]))
        #expect(applied.affectedTopics == [Fixture.topic(1), Fixture.topic(3), Fixture.topic(4)])
        #expect(applied.sessionID == "session-1")
    }

    @Test("D001-08: swapping two positions within one batch is valid")
    func swap() throws {
        let applied = try applyRankingBatch(
            Fixture.batch([(1, 2), (2, 1)]), to: Fixture.rankings([1: 1, 2: 2]), in: period)
        #expect(applied.rankings == Fixture.rankings([1: 2, 2: 1]))
    }

    @Test("D001-09: sessionId is required and the undo prefix is reserved")
    func sessionID() {
        #expect(rejection(Fixture.batch([(1, 1)], session: nil)) == .missingSessionID)
        #expect(rejection(Fixture.batch([(1, 1)], session: "")) == .missingSessionID)
        #expect(rejection(Fixture.batch([(1, 1)], session: "undo:x")) == .reservedSessionID("undo:x"))
    }

    @Test("D001-10: a topic twice in one batch rejects the batch")
    func duplicateTopic() {
        #expect(rejection(Fixture.batch([(1, 1), (2, 2), (1, 3)])) == .duplicateTopic(Fixture.topic(1)))
    }

    @Test(
        "D001-08/D001-04: positions are integers in 1…T",
        arguments: [0.0, -1.0, 6.0, 1e300, -1e300] as [Double])
    func outOfRange(position: Double) {
        #expect(rejection(Fixture.batch([(1, position)]))
            == .positionOutOfRange(Fixture.topic(1), position: position, topicCount: 5))
    }

    @Test("D001-08: fractions, NaN and infinity are not positions")
    func notIntegers() {
        #expect(rejection(Fixture.batch([(1, 2.5)])) == .positionNotAnInteger(Fixture.topic(1), position: 2.5))
        #expect(rejection(Fixture.batch([(1, .infinity)])) == .positionNotAnInteger(Fixture.topic(1), position: .infinity))
        guard case .positionNotAnInteger = rejection(Fixture.batch([(1, .nan)])) else {
            Issue.record("NaN must be rejected as not an integer")
            return
        }
    }

    @Test("D001-08: positions must stay unique after the batch, the whole batch is rejected")
    func uniqueAfterBatch() {
        let current = Fixture.rankings([1: 1, 2: 2])
        #expect(rejection(Fixture.batch([(3, 4), (4, 1)]), current: current)
            == .duplicatePositions(position: 1, topics: [Fixture.topic(1), Fixture.topic(4)]))
    }

    @Test("Unknown topics, empty batches and withdrawing the unranked are rejected")
    func otherRejections() {
        let foreign = RankingBatchRequest(
            studentID: Fixture.student, periodID: Fixture.period, sessionID: "s",
            updates: [.init(topicID: "elsewhere", position: 1)])
        #expect(rejection(foreign) == .unknownTopic("elsewhere"))
        #expect(rejection(Fixture.batch([])) == .emptyBatch)
        #expect(rejection(Fixture.batch([(2, nil)])) == .nothingToWithdraw(Fixture.topic(2)))
    }

    @Test("Closed periods, other periods and other students' rankings are rejected")
    func periodChecks() {
        let closed = SelectionPeriod(id: Fixture.period, topics: Fixture.topics(5), status: .closed)
        #expect(rejection(Fixture.batch([(1, 1)]), period: closed) == .periodClosed(Fixture.period))
        let other = SelectionPeriod(id: "period-2", topics: Fixture.topics(5), status: .open)
        #expect(rejection(Fixture.batch([(1, 1)]), period: other)
            == .periodMismatch(expected: "period-2", received: Fixture.period))
        let someoneElse = StudentRankings(studentID: "student-2", periodID: Fixture.period)
        #expect(rejection(Fixture.batch([(1, 1)]), current: someoneElse)
            == .rankingsMismatch(student: "student-2", period: Fixture.period))
    }

    @Test("Every rejection has a reason naming the problem")
    func reasons() {
        #expect(RankingBatchRejection.duplicateTopic(Fixture.topic(3)).reason.contains("topic-03"))
        #expect(RankingBatchRejection.positionOutOfRange(Fixture.topic(1), position: 9, topicCount: 5).reason
            .contains("1...5"))
    }

    /// Property: a random batch is either rejected, or its result keeps every position in 1…T
    /// and unique, and its changes start from the current positions.
    @Test("D001-08 property: accepted batches keep positions unique and in range")
    func acceptedBatchesStayValid() {
        var generator = SeededGenerator(seed: 0xBA7C)
        var accepted = 0
        for _ in 0..<1_000 {
            var current: [Int: Int] = [:]
            for (slot, topic) in (1...5).shuffled(using: &generator).prefix(Int.random(in: 0...5, using: &generator)).enumerated() {
                current[topic] = slot + 1
            }
            let rankings = Fixture.rankings(current)
            let updates: [(Int, Double?)] = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (Int.random(in: 1...5, using: &generator), Bool.random(using: &generator) ? nil : Double(Int.random(in: 0...6, using: &generator)))
            }
            guard let applied = try? applyRankingBatch(Fixture.batch(updates), to: rankings, in: period) else { continue }
            accepted += 1
            let positions = Array(applied.rankings.positions.values)
            #expect(Set(positions).count == positions.count)
            #expect(positions.allSatisfy { (1...5).contains($0) })
            #expect(applied.changes.allSatisfy { rankings.positions[$0.topicID] == $0.oldPosition })
            #expect(rankings.applying(applied.changes) == applied.rankings)
        }
        #expect(accepted > 50)
    }
}
