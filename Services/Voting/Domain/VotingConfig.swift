import Foundation
import Money
import PricingDomain

/// Every tunable of the Vote Enricher: the seed's Appendix A constants that voting uses, under
/// their own names, plus the numbers the pricing decisions add for voting (P-06, P-07, P-25..P-27).
///
/// ``standard`` holds the locked v1.0 values; the service starts from it and overrides keys from
/// its environment, then calls ``validate()``. Ratios that decide "≥ x % of a price" are
/// ``BasisPoints`` so they stay exact in cents (P-10, P-24).
public struct VotingConfig: Sendable, Equatable, Codable {
    /// FAIR_RANGE_PCT (§7): half-width of the fair range stamped on every vote.
    public var fairRangePct: BasisPoints
    /// PRICE_TIERS (§8), ascending by lower bound (P-11).
    public var priceTiers: [BaseStepTier]
    /// VOTE_CREDITS_MAX (§22): credits per user × brick.
    public var voteCreditsMax: Int
    /// CREDIT_REGAIN_MOVE_PCT (§22): a move this far from the user's last vote price refills credits.
    public var creditRegainMovePct: BasisPoints
    /// `base_account_age_weight` bands (P-06), ascending by age.
    public var accountAgeBands: [AccountAgeBand]
    /// Base weight of an account older than every band (P-06: 1.0).
    public var matureAccountWeight: Double
    /// `trust_tier_multiplier` per tier (P-07).
    public var trustMultipliers: TrustMultipliers
    /// Upper clamp of the final weight (§9: 1.25).
    public var maxWeight: Double
    /// Intents per user (P-27: 20 per minute).
    public var userRateLimit: RateLimit
    /// Intents per ip hash (P-27: 120 per minute).
    public var ipRateLimit: RateLimit
    /// XP amounts (P-25).
    public var xp: XPAmounts
    /// Time zone whose calendar days count for streaks (P-25: New York).
    public var streakTimeZone: String
    /// Accuracy thresholds of the trust tiers (P-26).
    public var trustThresholds: TrustThresholds

    /// The locked v1.0 values.
    public static let standard = VotingConfig(
        fairRangePct: 500,
        priceTiers: BaseStepTier.locked,
        voteCreditsMax: 3,
        creditRegainMovePct: 700,
        accountAgeBands: [
            AccountAgeBand(youngerThan: 7 * 86_400, weight: 0.5),
            AccountAgeBand(youngerThan: 30 * 86_400, weight: 0.75),
            AccountAgeBand(youngerThan: 90 * 86_400, weight: 0.9),
        ],
        matureAccountWeight: 1.0,
        trustMultipliers: TrustMultipliers(restricted: 0, probation: 0.5, standard: 1.0, trusted: 1.15, expert: 1.25),
        maxWeight: 1.25,
        userRateLimit: RateLimit(capacity: 20, windowSeconds: 60),
        ipRateLimit: RateLimit(capacity: 120, windowSeconds: 60),
        xp: XPAmounts(vote: 10, recheck: 15, streak: 5, accuracy: 20),
        streakTimeZone: "America/New_York",
        trustThresholds: TrustThresholds(
            expertMinResolved: 50, expertMinCorrectPercent: 70,
            trustedMinResolved: 20, trustedMinCorrectPercent: 60,
            probationMinResolved: 20, probationBelowCorrectPercent: 35))
}

/// Accounts younger than ``youngerThan`` seconds get base weight ``weight`` (P-06).
public struct AccountAgeBand: Sendable, Equatable, Codable {
    public var youngerThan: TimeInterval
    public var weight: Double

    public init(youngerThan: TimeInterval, weight: Double) {
        self.youngerThan = youngerThan
        self.weight = weight
    }
}

/// XP per reason (P-25); amounts are whole points.
public struct XPAmounts: Sendable, Equatable, Codable {
    public var vote: Int64
    public var recheck: Int64
    public var streak: Int64
    public var accuracy: Int64

    public init(vote: Int64, recheck: Int64, streak: Int64, accuracy: Int64) {
        self.vote = vote
        self.recheck = recheck
        self.streak = streak
        self.accuracy = accuracy
    }
}
