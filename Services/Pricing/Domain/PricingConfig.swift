import Foundation
import Money

/// Every tunable of the pricing engine: the seed's Appendix A constants under their own names,
/// plus the numbers the pricing decisions add (P-12, P-18, P-22, P-23, P-29).
///
/// ``standard`` holds the locked v1.0 values; the service builds its configuration from it and
/// overrides keys from the environment. Money constants are cents (`base_step` and the absolute
/// caps are whole dollars in the seed, ×100 here); ratios that decide "≥ x % of a price" exactly
/// are ``BasisPoints`` so they stay integer (P-10, P-20); the rest are the seed's doubles (P-15).
public struct PricingConfig: Sendable, Equatable, Codable {
    /// FAIR_RANGE_PCT (§7): half-width of the fair range.
    public var fairRangePct: BasisPoints
    /// MIN_WEIGHTED_TOTAL_FOR_MOVE (§14).
    public var minWeightedTotalForMove: Double
    /// MOVE_BATCH_SIZE_WEIGHTED (§14): weight needed since the last move.
    public var moveBatchSizeWeighted: Double
    /// N_FULL_CONFIDENCE (§11, §12): weighted total at which C and R reach 1.
    public var fullConfidenceWeightedTotal: Double
    /// ABSOLUTE_CAP_DOLLARS (§18.1, §18.2) in cents.
    public var absoluteCap: Cents
    /// `cap_min` of §18.1 (P-12).
    public var capMin: Double
    /// `cap_max` of §18.1 (P-12).
    public var capMax: Double
    /// CATCHUP_MAX_PCT (§18.2).
    public var catchUpMaxPct: Double
    /// CATCHUP_MIN_WEIGHTED_TOTAL (§18.2).
    public var catchUpMinWeightedTotal: Double
    /// CATCHUP_MIN_UNIQUE_VOTERS (§18.2).
    public var catchUpMinUniqueVoters: Int
    /// CATCHUP_MIN_DOMINANT_PCT (§18.2).
    public var catchUpMinDominantPct: Double
    /// EARLY_RAMP_MAX_MULT (§17).
    public var earlyRampMaxMultiplier: Double
    /// EARLY_RAMP_WEIGHTED_LIMIT (§17): the early cap applies while the weighted total is below it.
    public var earlyRampWeightedLimit: Double
    /// FREEZE_FAIR_PCT (§23.1).
    public var freezeFairPct: Double
    /// FREEZE_MIN_WEIGHTED_TOTAL (§23.1).
    public var freezeMinWeightedTotal: Double
    /// CYCLE_RESET_MOVE_PCT (§21), exact in cents (P-20).
    public var cycleResetMovePct: BasisPoints
    /// CYCLE_RESET_MIN_WEIGHTED (§21).
    public var cycleResetMinWeighted: Double
    /// CYCLE_RESET_MIN_UNIQUE (§21).
    public var cycleResetMinUnique: Int
    /// MOMENTUM_CLAMP_MIN (§19).
    public var momentumMin: Int
    /// MOMENTUM_CLAMP_MAX (§19).
    public var momentumMax: Int
    /// How many recent votes the clustering test looks at: W10 (P-18).
    public var clusterWindowSize: Int
    /// Votes within this many seconds of the newest one count as bunched (P-18).
    public var clusterSeconds: TimeInterval
    /// Share of the window, in percent, that must be bunched (P-18: `100·k ≥ 70·n`).
    public var clusterSharePercent: Int
    /// Bunched votes from at most this many distinct ip hashes are clustered (P-18).
    public var clusterMaxIpHashes: Int
    /// Freeze length from the freezing vote's `createdAt` (P-22: 14 days).
    public var freezeDuration: TimeInterval
    /// A brick with no applied vote for this long gets an automatic recheck (P-23: 30 days).
    public var deadBrickAfter: TimeInterval
    /// When the daily close happens, in ``dailyCloseTimeZone`` local time (P-29: 23:07).
    public var dailyCloseHour: Int
    /// Minute of the daily close (P-29).
    public var dailyCloseMinute: Int
    /// Time zone of the daily close and of the trading day (P-29: America/New_York).
    public var dailyCloseTimeZone: String

    /// The locked v1.0 values of the seed's Appendix A and of the pricing decisions.
    public static let standard = PricingConfig(
        fairRangePct: 500,
        minWeightedTotalForMove: 5.0,
        moveBatchSizeWeighted: 5.0,
        fullConfidenceWeightedTotal: 50.0,
        absoluteCap: 8_000,
        capMin: 0.05,
        capMax: 0.15,
        catchUpMaxPct: 0.20,
        catchUpMinWeightedTotal: 15.0,
        catchUpMinUniqueVoters: 12,
        catchUpMinDominantPct: 0.60,
        earlyRampMaxMultiplier: 1.5,
        earlyRampWeightedLimit: 20.0,
        freezeFairPct: 0.55,
        freezeMinWeightedTotal: 20.0,
        cycleResetMovePct: 700,
        cycleResetMinWeighted: 20.0,
        cycleResetMinUnique: 15,
        momentumMin: -2,
        momentumMax: 2,
        clusterWindowSize: 10,
        clusterSeconds: 60,
        clusterSharePercent: 70,
        clusterMaxIpHashes: 2,
        freezeDuration: 14 * 86_400,
        deadBrickAfter: 30 * 86_400,
        dailyCloseHour: 23,
        dailyCloseMinute: 7,
        dailyCloseTimeZone: "America/New_York")
}
