import Foundation

/// Everything voting keeps per user (`user_identity_state`): the identity from the auth system,
/// the accuracy record, XP progress and the user's rate-limit bucket.
///
/// A user is known once a `user.upserted` arrived; intents of anyone else are `UNKNOWN_USER`.
public struct VoterState: Sendable, Hashable, Codable {
    public var identity: UserIdentity
    public var trust: TrustRecord
    public var xp: XPProgress
    /// `nil` until the first accepted vote: an absent bucket is a full one (P-27).
    public var rateBucket: TokenBucket?

    public init(identity: UserIdentity, trust: TrustRecord = TrustRecord(), xp: XPProgress = XPProgress(), rateBucket: TokenBucket? = nil) {
        self.identity = identity
        self.trust = trust
        self.xp = xp
        self.rateBucket = rateBucket
    }

    /// The tier weights use: RESTRICTED if moderation says so, else the record's (P-07, P-26).
    public func trustTier(_ thresholds: TrustThresholds) -> TrustTier {
        identity.restricted ? .restricted : trust.tier(thresholds)
    }
}
