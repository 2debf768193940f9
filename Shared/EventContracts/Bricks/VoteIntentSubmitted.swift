import Foundation

/// `vote.intent.submitted` (in, from web/API or voting's HTTP endpoint): a user wants to vote.
public struct VoteIntentSubmitted: EventPayload {
    public static let eventType = "vote.intent.submitted"

    /// Idempotency key of the intent.
    public var intentId: String
    public var userId: String
    public var brickId: String
    public var voteType: VoteType
    /// Becomes the vote's `createdAt` (P-28).
    public var submittedAt: Date
    public var ipHash: String
    public var userAgent: String?
    public var sessionId: String?

    public init(
        intentId: String, userId: String, brickId: String, voteType: VoteType, submittedAt: Date, ipHash: String,
        userAgent: String? = nil, sessionId: String? = nil
    ) {
        self.intentId = intentId
        self.userId = userId
        self.brickId = brickId
        self.voteType = voteType
        self.submittedAt = submittedAt
        self.ipHash = ipHash
        self.userAgent = userAgent
        self.sessionId = sessionId
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(intentId, "data.intentId")
        try Check.uuid(userId, "data.userId")
        try Check.uuid(brickId, "data.brickId")
        try Check.text(ipHash, "data.ipHash")
        if let userAgent { try Check.text(userAgent, "data.userAgent") }
        if let sessionId { try Check.text(sessionId, "data.sessionId") }
    }
}
