/// `vote.rejected` (voting → clients, analytics): an intent that did not become a vote.
public struct VoteRejected: EventPayload {
    public static let eventType = "vote.rejected"

    public var intentId: String
    public var userId: String
    public var brickId: String
    public var reason: VoteRejectionReason

    public init(intentId: String, userId: String, brickId: String, reason: VoteRejectionReason) {
        self.intentId = intentId
        self.userId = userId
        self.brickId = brickId
        self.reason = reason
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(intentId, "data.intentId")
        try Check.uuid(userId, "data.userId")
        try Check.uuid(brickId, "data.brickId")
    }
}
