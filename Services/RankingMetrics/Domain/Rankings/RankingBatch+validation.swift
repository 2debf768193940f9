/// Validates and applies a rankings batch: D001-04, D001-08, D001-09, D001-10, D001-17.
///
/// Every rule is checked before anything is produced, so a violation rejects the whole batch
/// and changes nothing (D001-08, D001-11). Students may rank a subset of the topics.
///
/// ```swift
/// let applied = try applyRankingBatch(request, to: currentRankings, in: period)
/// // write applied.changes as the event, applied.rankings as rows, update aggregates
/// ```
public func applyRankingBatch(
    _ request: RankingBatchRequest, to current: StudentRankings, in period: SelectionPeriod
) throws(RankingBatchRejection) -> AppliedRankingBatch {
    guard let sessionID = request.sessionID, !sessionID.isEmpty else { throw .missingSessionID }
    guard !sessionID.hasPrefix(undoSessionPrefix) else { throw .reservedSessionID(sessionID) }
    guard request.periodID == period.id else {
        throw .periodMismatch(expected: period.id, received: request.periodID)
    }
    guard current.studentID == request.studentID, current.periodID == period.id else {
        throw .rankingsMismatch(student: current.studentID, period: current.periodID)
    }
    guard period.status == .open else { throw .periodClosed(period.id) }
    guard !request.updates.isEmpty else { throw .emptyBatch }

    var seen = Set<TopicID>()
    var changes: [RankingChange] = []
    changes.reserveCapacity(request.updates.count)
    for update in request.updates {
        guard seen.insert(update.topicID).inserted else { throw .duplicateTopic(update.topicID) }
        guard period.topics.contains(update.topicID) else { throw .unknownTopic(update.topicID) }
        // D001-17: an absent old ranking is nil, never coerced from a falsy value.
        let oldPosition = current.positions[update.topicID]
        if let requested = update.position {
            let position = try validatedPosition(
                requested, of: update.topicID, topicCount: period.topicCount)
            changes.append(RankingChange(topicID: update.topicID, oldPosition: oldPosition, newPosition: position))
        } else {
            guard oldPosition != nil else { throw .nothingToWithdraw(update.topicID) }
            changes.append(RankingChange(topicID: update.topicID, oldPosition: oldPosition, newPosition: nil))
        }
    }
    let rankings = current.applying(changes)
    if let shared = firstSharedPosition(in: rankings) {
        throw .duplicatePositions(position: shared.position, topics: shared.topics)
    }
    return AppliedRankingBatch(
        studentID: request.studentID, periodID: period.id, sessionID: sessionID, changes: changes,
        rankings: rankings)
}

/// D001-08: after a batch (or an undo, or a backfill) no two topics of one student share a
/// position. Returns the lowest shared position, so the reported reason is the same on every run.
func firstSharedPosition(in rankings: StudentRankings) -> (position: Int, topics: [TopicID])? {
    var byPosition: [Int: [TopicID]] = [:]
    for (topic, position) in rankings.positions {
        byPosition[position, default: []].append(topic)
    }
    let shared = byPosition.filter { $0.value.count > 1 }
    guard let position = shared.keys.min(), let topics = shared[position] else { return nil }
    return (position, topics.sorted())
}
