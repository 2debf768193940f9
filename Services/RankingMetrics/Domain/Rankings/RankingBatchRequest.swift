/// A rankings batch as the web app sends it (`rankings.batch.updated`), before validation.
///
/// Fields are as loose as the wire allows so that validation, not decoding, names the problem:
/// `sessionID` may be missing (D001-09 rejects that) and positions are JSON numbers, which may be
/// fractions, zero or negative (D001-08 rejects those). A `nil` position withdraws the ranking.
public struct RankingBatchRequest: Hashable, Sendable, Codable {
    /// One requested change: rank `topicID` at `position`, or withdraw it when `position` is `nil`.
    public struct Update: Hashable, Sendable, Codable {
        public let topicID: TopicID
        public let position: Double?

        public init(topicID: TopicID, position: Double?) {
            self.topicID = topicID
            self.position = position
        }
    }

    public let studentID: StudentID
    public let periodID: PeriodID
    public let sessionID: String?
    public let updates: [Update]

    public init(studentID: StudentID, periodID: PeriodID, sessionID: String?, updates: [Update]) {
        self.studentID = studentID
        self.periodID = periodID
        self.sessionID = sessionID
        self.updates = updates
    }
}
