/// D001-15: the idempotent backfill of one legacy preference.
///
/// Upserts by the unique key (studentId, topicId) with `position = index + 1` from `topicOrder`.
/// Only real differences come back as `changes`, so re-running the backfill yields none and
/// writes nothing; apply the changes to the aggregates like any batch (or recompute them).
/// Rankings the preference does not mention are kept; a collision with them is rejected.
public func backfillRankings(
    _ preference: LegacyPreference, onto current: StudentRankings, in period: SelectionPeriod
) throws(BackfillRejection) -> (rankings: StudentRankings, changes: [RankingChange]) {
    guard preference.studentID == current.studentID, current.periodID == period.id else {
        throw .rankingsMismatch(student: current.studentID, period: current.periodID)
    }
    var seen = Set<TopicID>()
    var changes: [RankingChange] = []
    for (index, topic) in preference.topicOrder.enumerated() {
        guard seen.insert(topic).inserted else { throw .duplicateTopic(topic) }
        guard period.topics.contains(topic) else { throw .unknownTopic(topic) }
        let position = index + 1
        let old = current.positions[topic]
        if old != position {
            changes.append(RankingChange(topicID: topic, oldPosition: old, newPosition: position))
        }
    }
    let rankings = current.applying(changes)
    if let shared = firstSharedPosition(in: rankings) {
        throw .duplicatePositions(position: shared.position, topics: shared.topics)
    }
    return (rankings, changes)
}
