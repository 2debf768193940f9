/// Every score component of one product, kept for the explain trace (issue 6 §4).
public struct ScoreBreakdown: Sendable, Equatable, Codable {
    public var quality: Double
    public var priceZ: Double
    public var pricePreference: Double
    public var demand: Double
    public var company: Double
    public var recency: Double
    /// D000-06: the weighted components divided by Σw.
    public var base: Double
    public var unitPricePenalty: Double
    public var flags: [ExploitFlag]
    public var combinedPenalty: Double
    /// §4: `clamp01(base × upp × (1 − combined))`.
    public var rawAttractiveness: Double
    /// D000-22: the seeded unit behind the ±2 % jitter.
    public var jitterUnit: Double
    public var attractiveness: Double
    /// D000-22: the integer weight all money arithmetic uses; 0 when blocked.
    public var weight: Int64
    /// D000-16: `combined ≥ 0.99`.
    public var isBlocked: Bool
}
