/// D001-05: undo the student's most recent batch in the period.
///
/// - `history` is the student's recorded batches in the period, **oldest first** (the order the
///   events were recorded in); entries of other students or periods are ignored.
/// - The target is the most recent event that is neither undone nor itself an undo, so undo is a
///   stack; there is no redo.
/// - Precondition: every topic of the target is still at its `newPos`, else ``UndoRejection/conflict(eventID:topics:)``.
/// - Each topic goes back to its `oldPos`; `nil` deletes the ranking.
/// - The result is recorded as a new event with `sessionId = "undo:{eventId}"`; its affected
///   topics are recalculated like any batch (D001-12).
public func undoLastRankingBatch(
    of current: StudentRankings, history: [RecordedRankingBatch], in period: SelectionPeriod
) throws(UndoRejection) -> AppliedRankingBatch {
    guard current.periodID == period.id else {
        throw .rankingsMismatch(student: current.studentID, period: current.periodID)
    }
    guard period.status == .open else { throw .periodClosed(period.id) }
    let own = history.filter { $0.studentID == current.studentID && $0.periodID == period.id }
    let undone = Set(own.compactMap(\.undoneEventID))
    guard let target = own.last(where: { $0.undoneEventID == nil && !undone.contains($0.eventID) }) else {
        throw .nothingToUndo
    }
    let moved = target.changes.filter { current.positions[$0.topicID] != $0.newPosition }
    guard moved.isEmpty else {
        throw .conflict(eventID: target.eventID, topics: Set(moved.map(\.topicID)).sorted())
    }
    let changes = target.changes.map(\.reverted)
    let rankings = current.applying(changes)
    // Only reachable when rankings changed outside recorded batches (e.g. a backfill).
    if let shared = firstSharedPosition(in: rankings) {
        throw .conflict(eventID: target.eventID, topics: shared.topics)
    }
    return AppliedRankingBatch(
        studentID: current.studentID, periodID: period.id,
        sessionID: undoSessionPrefix + target.eventID.rawValue, changes: changes, rankings: rankings)
}
