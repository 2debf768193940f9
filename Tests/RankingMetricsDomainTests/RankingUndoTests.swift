import RankingMetricsDomain
import Testing

struct RankingUndoTests {
    private let period = Fixture.openPeriod(topicCount: 4)
    private let a = Fixture.topic(1)
    private let b = Fixture.topic(2)

    private func event(
        _ id: String, session: String = "web", _ changes: [RankingChange], student: StudentID = Fixture.student
    ) -> RecordedRankingBatch {
        RecordedRankingBatch(eventID: RankingEventID(id), studentID: student, periodID: Fixture.period, sessionID: session, changes: changes)
    }

    private var first: RecordedRankingBatch {
        event("e1", [.init(topicID: a, oldPosition: nil, newPosition: 1), .init(topicID: b, oldPosition: nil, newPosition: 2)])
    }

    private var second: RecordedRankingBatch {
        event("e2", [.init(topicID: a, oldPosition: 1, newPosition: 2), .init(topicID: b, oldPosition: 2, newPosition: 1)])
    }

    private func undo(_ current: StudentRankings, _ history: [RecordedRankingBatch]) -> Result<AppliedRankingBatch, UndoRejection> {
        Result(catching: { () throws(UndoRejection) in try undoLastRankingBatch(of: current, history: history, in: period) })
    }

    @Test("D001-05: undo reverts the most recent batch to its oldPos and records undo:{eventId}")
    func revertsLatest() throws {
        let applied = try undoLastRankingBatch(of: Fixture.rankings([1: 2, 2: 1]), history: [first, second], in: period)
        #expect(applied.sessionID == "undo:e2")
        #expect(applied.changes == [
            .init(topicID: a, oldPosition: 2, newPosition: 1), .init(topicID: b, oldPosition: 1, newPosition: 2),
        ])
        #expect(applied.rankings == Fixture.rankings([1: 1, 2: 2]))
    }

    @Test("D001-05: undo is a stack; oldPos nil deletes the ranking; undos are never targets")
    func stack() throws {
        let undoSecond = event("e3", session: "undo:e2", [
            .init(topicID: a, oldPosition: 2, newPosition: 1), .init(topicID: b, oldPosition: 1, newPosition: 2),
        ])
        let applied = try undoLastRankingBatch(
            of: Fixture.rankings([1: 1, 2: 2]), history: [first, second, undoSecond], in: period)
        #expect(applied.sessionID == "undo:e1")
        #expect(applied.changes.allSatisfy { $0.newPosition == nil })
        #expect(applied.rankings.positions.isEmpty)

        let undoFirst = event("e4", session: "undo:e1", applied.changes)
        #expect(undo(applied.rankings, [first, second, undoSecond, undoFirst]) == .failure(.nothingToUndo))
        #expect(undo(Fixture.rankings([:]), []) == .failure(.nothingToUndo))
    }

    @Test("D001-05: a topic no longer at newPos rejects the undo with conflict")
    func conflict() {
        #expect(undo(Fixture.rankings([1: 3, 2: 1]), [first, second]) == .failure(.conflict(eventID: "e2", topics: [a])))
        #expect(undo(Fixture.rankings([2: 1]), [first, second]) == .failure(.conflict(eventID: "e2", topics: [a])))
    }

    /// A ranking changed outside recorded batches (topic 3 took position 1) would collide with
    /// topic 1 going back to 1: refused as a conflict instead of breaking D001-08.
    @Test("D001-05/D001-08: an undo that would duplicate a position is a conflict")
    func collisionIsConflict() {
        let third = Fixture.topic(3)
        #expect(undo(Fixture.rankings([1: 2, 2: 4, 3: 1]), [event("e1", [.init(topicID: a, oldPosition: 1, newPosition: 2), .init(topicID: b, oldPosition: nil, newPosition: 4)])])
            == .failure(.conflict(eventID: "e1", topics: [a, third])))
    }

    @Test("Other students' events are ignored; closed periods refuse undo")
    func scope() {
        let foreign = event("x9", [.init(topicID: a, oldPosition: nil, newPosition: 3)], student: "student-2")
        #expect(undo(Fixture.rankings([1: 2, 2: 1]), [first, second, foreign]).map(\.sessionID) == .success("undo:e2"))
        let closed = SelectionPeriod(id: Fixture.period, topics: Fixture.topics(4), status: .closed)
        #expect(throws: UndoRejection.periodClosed(Fixture.period)) {
            try undoLastRankingBatch(of: Fixture.rankings([1: 2, 2: 1]), history: [first, second], in: closed)
        }
    }
}
