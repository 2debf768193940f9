import Foundation

/// §9's vote weight, fixed at enrichment and logged on the vote (P-09), so later tier or
/// moderation changes apply to later votes only (P-26).
///
/// `final = clamp(age_weight × trust_multiplier × behavior_multiplier, 0, 1.25)`, and 0 for a
/// user whose email is not verified, whatever the formula says (§5, P-09).
public enum VoteWeight {
    /// The weight of `voter`'s vote cast at `voteTime`.
    public static func weight(of voter: VoterState, at voteTime: Date, config: VotingConfig) -> Double {
        guard voter.identity.emailVerified else { return 0 }
        let age = AccountAgeWeight.weight(
            accountCreatedAt: voter.identity.accountCreatedAt, voteTime: voteTime, config: config)
        let trust = config.trustMultipliers.multiplier(for: voter.trustTier(config.trustThresholds))
        return clamp(age * trust * voter.identity.behaviorMultiplier, max: config.maxWeight)
    }

    /// §9's `clamp(w, 0.0, max)`; a NaN product (corrupt stored multiplier) weighs nothing.
    static func clamp(_ weight: Double, max upper: Double) -> Double {
        guard !weight.isNaN else { return 0 }
        return Swift.min(Swift.max(weight, 0), upper)
    }
}
