/// Why a rankings batch was rejected. A rejected batch changes nothing (D001-11): no ranking,
/// aggregate or event is written.
public enum RankingBatchRejection: Error, Hashable, Sendable {
    /// D001-09: `sessionId` is required (and must not be empty).
    case missingSessionID
    /// Session ids starting with `undo:` are reserved for undo events (D001-05), which undo
    /// tells apart from ordinary batches by that prefix.
    case reservedSessionID(String)
    /// A batch without updates has no intent to record or undo.
    case emptyBatch
    /// The batch names a period other than the one it was validated against.
    case periodMismatch(expected: PeriodID, received: PeriodID)
    /// The student's rankings belong to another student or period than the batch.
    case rankingsMismatch(student: StudentID, period: PeriodID)
    /// Rankings of a closed period are frozen.
    case periodClosed(PeriodID)
    /// D001-10: the same topic appears twice in one batch.
    case duplicateTopic(TopicID)
    /// The topic is not one of the period's topics.
    case unknownTopic(TopicID)
    /// D001-08: positions are integers.
    case positionNotAnInteger(TopicID, position: Double)
    /// D001-04, D001-08: positions lie in 1…T.
    case positionOutOfRange(TopicID, position: Double, topicCount: Int)
    /// A withdrawal of a topic the student has not ranked.
    case nothingToWithdraw(TopicID)
    /// D001-08: after the batch two or more topics would share a position.
    case duplicatePositions(position: Int, topics: [TopicID])

    /// A one-line reason for the dead-letter header or the problem+json body.
    public var reason: String {
        switch self {
        case .missingSessionID: "sessionId is required"
        case let .reservedSessionID(sessionID): "sessionId \(sessionID) uses the reserved prefix \"undo:\""
        case .emptyBatch: "the batch has no updates"
        case let .periodMismatch(expected, received): "batch is for period \(received), expected \(expected)"
        case let .rankingsMismatch(student, period): "rankings of student \(student) in period \(period) do not match the batch"
        case let .periodClosed(period): "period \(period) is closed"
        case let .duplicateTopic(topic): "topic \(topic) appears more than once in the batch"
        case let .unknownTopic(topic): "topic \(topic) is not a topic of this period"
        case let .positionNotAnInteger(topic, position): "position \(position) of topic \(topic) is not an integer"
        case let .positionOutOfRange(topic, position, topicCount):
            "position \(position) of topic \(topic) is outside 1...\(topicCount)"
        case let .nothingToWithdraw(topic): "topic \(topic) is not ranked, nothing to withdraw"
        case let .duplicatePositions(position, topics):
            "position \(position) would be shared by topics \(topics.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
