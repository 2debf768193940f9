/// `rankings.undo.requested` (in, from the web app): revert the student's most recent batch
/// in the period that is neither undone nor an undo (D001-05).
public struct RankingsUndoRequested: EventPayload {
    public static let eventType = "rankings.undo.requested"

    public var studentId: String
    public var periodId: String

    public init(studentId: String, periodId: String) {
        self.studentId = studentId
        self.periodId = periodId
    }

    public var subject: String { Subject.student(studentId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(studentId, "data.studentId")
        try Check.identifier(periodId, "data.periodId")
    }
}
