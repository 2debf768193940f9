import Foundation

/// `base_account_age_weight` of §9 (P-06): < 7 days 0.5, < 30 days 0.75, < 90 days 0.9, else 1.0.
public enum AccountAgeWeight {
    /// The base weight of an account created at `accountCreatedAt`, for a vote at `voteTime`.
    /// An account "created" after the vote (clock skew between systems) counts as brand new.
    public static func weight(accountCreatedAt: Date, voteTime: Date, config: VotingConfig) -> Double {
        let age = voteTime.timeIntervalSince(accountCreatedAt)
        return config.accountAgeBands.first { age < $0.youngerThan }?.weight ?? config.matureAccountWeight
    }
}
