/// `brick.recheck.requested` (in, from ops): flag a brick for recheck and end any freeze (P-23).
public struct BrickRecheckRequested: EventPayload {
    public static let eventType = "brick.recheck.requested"

    public var brickId: String
    /// Free text for the audit trail.
    public var reason: String

    public init(brickId: String, reason: String) {
        self.brickId = brickId
        self.reason = reason
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.text(reason, "data.reason")
    }
}
