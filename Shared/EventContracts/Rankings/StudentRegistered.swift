/// `student.registered` (in, from the school system).
public struct StudentRegistered: EventPayload {
    public static let eventType = "student.registered"

    public var studentId: String
    public var periodId: String?

    public init(studentId: String, periodId: String? = nil) {
        self.studentId = studentId
        self.periodId = periodId
    }

    public var subject: String { Subject.student(studentId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(studentId, "data.studentId")
        if let periodId { try Check.identifier(periodId, "data.periodId") }
    }
}
