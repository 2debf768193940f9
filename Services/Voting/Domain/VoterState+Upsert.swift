import Foundation

/// Why a `user.upserted` was refused; nothing is stored for it.
public enum UserIdentityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `behaviorMultiplier` must be a finite number in 0…1 (P-08).
    case behaviorMultiplierOutOfRange(Double)

    public var description: String {
        switch self {
        case .behaviorMultiplierOutOfRange(let value): "behaviorMultiplier \(value) is not in 0…1"
        }
    }
}

extension VoterState {
    /// The projection of `user.upserted`: replaces the identity (last writer wins; the auth
    /// system sends full identities) and keeps what voting earned for the user — the accuracy
    /// record, XP and rate-limit bucket. A new user starts STANDARD with no XP (P-07).
    public static func upserting(_ identity: UserIdentity, onto current: VoterState?) throws(UserIdentityError) -> VoterState {
        let multiplier = identity.behaviorMultiplier
        guard multiplier.isFinite, (0...1).contains(multiplier) else {
            throw .behaviorMultiplierOutOfRange(multiplier)
        }
        guard var state = current else { return VoterState(identity: identity) }
        state.identity = identity
        return state
    }
}
