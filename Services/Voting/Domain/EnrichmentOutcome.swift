import Foundation
import PricingDomain

/// Why an intent did not become a vote; raw values are the wire names of `vote.rejected`.
public enum VoteRejectionReason: String, Sendable, Hashable, Codable, CaseIterable {
    case noCredits = "NO_CREDITS"
    case unknownBrick = "UNKNOWN_BRICK"
    case unknownUser = "UNKNOWN_USER"
    case rateLimited = "RATE_LIMITED"
    case banned = "BANNED"
}

/// A `vote.rejected`.
public struct VoteRejection: Sendable, Hashable, Codable {
    public var intentId: UUID
    public var userId: UUID
    public var brickId: UUID
    public var reason: VoteRejectionReason

    public init(intentId: UUID, userId: UUID, brickId: UUID, reason: VoteRejectionReason) {
        self.intentId = intentId
        self.userId = userId
        self.brickId = brickId
        self.reason = reason
    }
}

/// An accepted intent: the immutable vote event (§3.1) in pricing's own `vote.recorded` shape,
/// plus what only voting keeps, and the XP it earned.
public struct EnrichedVote: Sendable, Hashable, Codable {
    public var intentId: UUID
    /// Every deterministic field stamped by the worker (§3.1 determinism rule, P-02).
    public var vote: RecordedVote
    public var userAgent: String?
    public var sessionId: String?
    /// The `xp.awarded` events of this vote (P-25); empty for unverified users.
    public var xpAwards: [XPAward]

    public init(intentId: UUID, vote: RecordedVote, userAgent: String?, sessionId: String?, xpAwards: [XPAward]) {
        self.intentId = intentId
        self.vote = vote
        self.userAgent = userAgent
        self.sessionId = sessionId
        self.xpAwards = xpAwards
    }
}

/// The one outcome every intent gets.
public enum EnrichmentOutcome: Sendable, Hashable {
    case recorded(EnrichedVote)
    case rejected(VoteRejection)

    public var intentId: UUID {
        switch self {
        case .recorded(let vote): vote.intentId
        case .rejected(let rejection): rejection.intentId
        }
    }
}
