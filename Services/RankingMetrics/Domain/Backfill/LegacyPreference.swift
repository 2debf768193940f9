/// A legacy `preferences` row: a student's topics in order of preference (seed §6.1).
public struct LegacyPreference: Hashable, Sendable, Codable {
    public let studentID: StudentID
    public let topicOrder: [TopicID]

    public init(studentID: StudentID, topicOrder: [TopicID]) {
        self.studentID = studentID
        self.topicOrder = topicOrder
    }
}

/// Why a legacy preference could not be backfilled; nothing of it is written.
public enum BackfillRejection: Error, Hashable, Sendable {
    /// The current rankings belong to another student or period than the preference.
    case rankingsMismatch(student: StudentID, period: PeriodID)
    /// The preference lists a topic twice, so positions would not be unique (D001-08).
    case duplicateTopic(TopicID)
    /// The preference lists a topic outside the period.
    case unknownTopic(TopicID)
    /// Upserting would make the student's positions collide with rankings the preference does
    /// not mention (D001-08).
    case duplicatePositions(position: Int, topics: [TopicID])

    /// A one-line reason for the backfill report.
    public var reason: String {
        switch self {
        case let .rankingsMismatch(student, period): "rankings of student \(student) in period \(period) do not match the preference"
        case let .duplicateTopic(topic): "topic \(topic) appears more than once in topicOrder"
        case let .unknownTopic(topic): "topic \(topic) is not a topic of this period"
        case let .duplicatePositions(position, topics):
            "position \(position) would be shared by topics \(topics.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
