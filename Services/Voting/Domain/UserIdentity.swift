import Foundation

/// What the auth system tells voting about a user (`user.upserted`, §5, P-06, P-08).
public struct UserIdentity: Sendable, Hashable, Codable {
    public var userId: UUID
    /// Unverified users may vote, with weight 0 and no XP (§5, P-09).
    public var emailVerified: Bool
    /// The account-age clock of the base weight (P-06).
    public var accountCreatedAt: Date
    /// Moderation's `behavior_multiplier` in 0…1 (P-08); 1.0 when moderation said nothing.
    public var behaviorMultiplier: Double
    /// Banned users' intents are rejected with `BANNED` (P-08).
    public var banned: Bool
    /// Moderation's RESTRICTED tier (P-26): weight 0 whatever the record says.
    public var restricted: Bool

    public init(
        userId: UUID, emailVerified: Bool, accountCreatedAt: Date, behaviorMultiplier: Double = 1.0,
        banned: Bool = false, restricted: Bool = false
    ) {
        self.userId = userId
        self.emailVerified = emailVerified
        self.accountCreatedAt = accountCreatedAt
        self.behaviorMultiplier = behaviorMultiplier
        self.banned = banned
        self.restricted = restricted
    }
}
