import Foundation
import PricingDomain

/// A vote intent as intake stored it (`vote_intents`, §2.1): what the user said plus what the
/// server saw. Intake does no business logic; the enricher decides everything.
public struct VoteIntent: Sendable, Hashable, Codable {
    public var intentId: UUID
    public var userId: UUID
    public var brickId: UUID
    public var voteType: VoteType
    /// Server receive time (HTTP) or the publisher's time (events); becomes the vote's
    /// `createdAt` (P-28).
    public var submittedAt: Date
    /// SHA-256 of the client address with the configured salt; the ip rate-limit key (P-27).
    public var ipHash: String
    public var userAgent: String?
    public var sessionId: String?

    public init(
        intentId: UUID, userId: UUID, brickId: UUID, voteType: VoteType, submittedAt: Date, ipHash: String,
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
}
