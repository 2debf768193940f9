import Foundation

/// `user.upserted` (in, from the auth system): the identity facts voting weighs votes by.
public struct UserUpserted: EventPayload {
    public static let eventType = "user.upserted"

    public var userId: String
    public var emailVerified: Bool
    /// Account age drives the base weight (decision P-06).
    public var accountCreatedAt: Date
    /// Moderation multiplier in 0…1; absent means 1.0 (P-08).
    public var behaviorMultiplier: Double?
    /// A banned user's intents are rejected with `BANNED`; absent means false.
    public var banned: Bool?

    public init(userId: String, emailVerified: Bool, accountCreatedAt: Date, behaviorMultiplier: Double? = nil, banned: Bool? = nil) {
        self.userId = userId
        self.emailVerified = emailVerified
        self.accountCreatedAt = accountCreatedAt
        self.behaviorMultiplier = behaviorMultiplier
        self.banned = banned
    }

    public var subject: String { Subject.user(userId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(userId, "data.userId")
        if let behaviorMultiplier { try Check.ratio(behaviorMultiplier, "data.behaviorMultiplier") }
    }
}
