/// `rankings.batch.updated` (in, from the web app): a student's ranking changes, applied all
/// or nothing (D001-08, D001-11).
public struct RankingsBatchUpdated: EventPayload {
    public static let eventType = "rankings.batch.updated"

    /// One topic's new position. `position` must be present: a number sets the rank, an
    /// explicit `null` withdraws the ranking, so a missing field never deletes by accident.
    public struct Update: Codable, Sendable, Equatable {
        public var topicId: String
        @ExplicitNull public var position: Int64?

        public init(topicId: String, position: Int64?) {
            self.topicId = topicId
            self.position = position
        }
    }

    public var studentId: String
    public var periodId: String
    /// Required (D001-09); an undo is recorded with `undo:{eventId}` (D001-05).
    public var sessionId: String
    public var updates: [Update]

    public init(studentId: String, periodId: String, sessionId: String, updates: [Update]) {
        self.studentId = studentId
        self.periodId = periodId
        self.sessionId = sessionId
        self.updates = updates
    }

    public var subject: String { Subject.student(studentId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(studentId, "data.studentId")
        try Check.identifier(periodId, "data.periodId")
        try Check.text(sessionId, "data.sessionId")
        try Check.nonEmpty(updates, "data.updates")
        for (index, update) in updates.enumerated() {
            try Check.identifier(update.topicId, "data.updates[\(index)].topicId")
            if let position = update.position { try Check.atLeast(position, 1, "data.updates[\(index)].position") }
        }
        // D001-10: one batch names a topic at most once.
        try Check.unique(updates, by: \.topicId, "data.updates", "topicId")
    }
}
