import Money

/// Every tunable number of the wave planner, with the defaults of the seed §12 and decisions D000-01..42.
///
/// One value of this type is the "global config" record of the seed §2. The lead persists it as one
/// versioned row; the planner only reads it. Call ``validate()`` before planning (``WavePlanner`` does).
public struct WaveConfig: Sendable, Equatable, Codable {
    /// D000-42: the wave seed when non-empty; otherwise the wave id is the seed.
    public var seed: String?
    /// D000-01: a unit price above this many cents is never bought ($50,000.00 is still eligible).
    public var hardPriceCapCents: Int64 = 5_000_000
    /// D000-04: at most this many candidates survive the seeded sample.
    public var candidateLimit: Int = 1_000
    /// D000-20: listings kept per duplicate signature, and the spam rule's group size and window.
    public var listingsKeptPerSignature: Int = 3
    public var spamGroupSize: Int = 5
    public var spamWindowSeconds: Int64 = 86_400
    /// D000-06: score weights, divided by their sum.
    public var weights = ScoreWeights()
    /// D000-10, D000-11: the price bell and the std floor.
    public var priceBellCenter: Double = -0.2
    public var priceBellWidth: Double = 0.9
    public var minimumLogPriceStd: Double = 0.5
    /// D000-12: `upp = 1 / (1 + (priceCents / scale)^beta)`.
    public var unitPriceScaleCents: Double = 500_000
    public var unitPriceBeta: Double = 1.2
    /// D000-14: recency half-life.
    public var recencyHalfLifeDays: Double = 14
    /// D000-15, D000-16: company score reductions and the refund freeze.
    public var companyScoreCap: Double = 1.0
    public var duplicateSpamFactor: Double = 0.5
    public var refundPenaltyRate: Double = 0.10
    public var refundPenaltyFactor: Double = 0.5
    public var refundFreezeRate: Double = 0.25
    /// D000-16: severity of each exploit flag and the blocking threshold.
    public var severities = FlagSeverities()
    public var blockThreshold: Double = 0.99
    /// D000-17: outlier multiple of the median price and the sales-history exemption.
    public var outlierMultiplier: Int64 = 50
    public var outlierSalesExemption: Int64 = 10
    /// D000-18: `stockThreshold = max(floor, multiple × recentSales7d)`.
    public var suspiciousStockFloor: Int64 = 10_000
    public var suspiciousStockSalesMultiple: Int64 = 100
    /// D000-19: spike window and thresholds in percent of the previous price.
    public var priceSpikeWindowSeconds: Int64 = 3_600
    public var priceSpikeBlockPercent: Int64 = 300
    public var priceSpikePenaltyPercent: Int64 = 150
    /// D000-21: the new-product hold (0 disables it) and its spend cap as a share of maxSpend.
    public var newProductHoldSeconds: Int64 = 3_600
    public var newProductSpendShare: BasisPoints = 1_000
    /// D000-22: ± jitter amplitude and the integer weight scale.
    public var jitterAmplitude: Double = 0.02
    public var weightScale: Double = 1_000_000
    /// D000-25, D000-26: per-product spend cap and the minimum spend.
    public var maxSpendShare: BasisPoints = 500
    public var maxSpendCeilingCents: Int64 = 2_500_000
    public var minSpendCents: Int64 = 500
    /// D000-31: per-company cap; `companyBalanceShare == nil` switches the balance term off.
    public var companyBudgetShare: BasisPoints = 1_000
    public var companyBalanceShare: BasisPoints? = 5_000
    /// D000-30: the single per-product per-wave unit cap.
    public var maxUnitsPerOrder: Int64 = 1_000
    /// D000-40: orders per batch.
    public var batchSize: Int = 25
    /// D000-37: reallocation passes after the first execution pass.
    public var maxReallocationPasses: Int = 3

    /// The defaults of the decisions.
    public init() {}
}

/// D000-06: the §4 component weights (they sum to 0.95 and are normalised by their sum).
public struct ScoreWeights: Sendable, Equatable, Codable {
    public var quality: Double = 0.40
    public var pricePreference: Double = 0.20
    public var demand: Double = 0.20
    public var company: Double = 0.10
    public var recency: Double = 0.05

    public init() {}

    /// Σw, added left to right in the order written in D000-06.
    public var sum: Double { quality + pricePreference + demand + company + recency }
}

/// D000-16: the probability-like severity each exploit flag contributes to `combined`.
public struct FlagSeverities: Sendable, Equatable, Codable {
    public var priceOutlier: Double = 0.9
    public var rapidCreation: Double = 0.5
    public var priceSpike: Double = 0.9
    public var priceSpikeBlock: Double = 1.0
    public var suspiciousStock: Double = 0.25

    public init() {}
}
