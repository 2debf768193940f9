import Foundation

/// Why XP was given (P-25); raw values are the wire names of `xp.awarded`.
public enum XPReason: String, Sendable, Hashable, Codable, CaseIterable {
    case vote = "VOTE"
    case streak = "STREAK"
    case recheck = "RECHECK"
    case accuracy = "ACCURACY"
}

/// One `xp.awarded` (§3.2 `xp_events`).
public struct XPAward: Sendable, Hashable, Codable {
    public var userId: UUID
    public var brickId: UUID
    /// The vote that earned it.
    public var voteEventId: Int64?
    public var amount: Int64
    public var reason: XPReason

    public init(userId: UUID, brickId: UUID, voteEventId: Int64?, amount: Int64, reason: XPReason) {
        self.userId = userId
        self.brickId = brickId
        self.voteEventId = voteEventId
        self.amount = amount
        self.reason = reason
    }
}
