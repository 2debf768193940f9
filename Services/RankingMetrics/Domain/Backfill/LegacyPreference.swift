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
}
