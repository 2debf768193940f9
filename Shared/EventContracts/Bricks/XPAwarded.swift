/// `xp.awarded` (voting → clients, analytics): experience points for a verified user (P-25).
public struct XPAwarded: EventPayload {
    public static let eventType = "xp.awarded"

    public var userId: String
    public var brickId: String
    /// The vote that earned it; absent for awards not tied to one vote.
    public var voteEventId: Int64?
    public var amount: Int64
    public var reason: XPReason

    public init(userId: String, brickId: String, voteEventId: Int64? = nil, amount: Int64, reason: XPReason) {
        self.userId = userId
        self.brickId = brickId
        self.voteEventId = voteEventId
        self.amount = amount
        self.reason = reason
    }

    public var subject: String { Subject.user(userId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(userId, "data.userId")
        try Check.uuid(brickId, "data.brickId")
        if let voteEventId { try Check.atLeast(voteEventId, 1, "data.voteEventId") }
        try Check.atLeast(amount, 1, "data.amount")
    }
}
