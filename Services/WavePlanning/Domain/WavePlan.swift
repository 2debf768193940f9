/// The fresh plan of a wave (pass 0) with everything the lead persists and audits: the allocation
/// book for later passes, exclusions, review flags and the explain trace.
public struct WavePlan: Sendable, Equatable, Codable {
    public var waveId: String
    /// D000-42: the resolved seed, logged on the wave.
    public var seed: String
    public var budgetCents: Int64
    public var now: Int64
    /// Rows in the candidate index and candidates left after prefilter, de-duplication and sample.
    public var candidateCount: Int
    public var eligibleCount: Int
    public var priceSummary: PriceSummary
    public var spendCaps: SpendCaps
    public var companyCaps: [String: Int64]
    /// The allocatable products in canonical order, for reallocation passes (D000-37).
    public var entries: [AllocationEntry]
    public var firstPass: WavePass
    /// `B − planned spend` of pass 0 (D000-32).
    public var retainedCents: Int64
    public var exclusions: [Exclusion]
    public var flagged: [FlaggedEntity]
    /// Per scored candidate; ``explain(_:)`` also covers products excluded before scoring.
    public var explanations: [String: ProductExplanation]

    /// The explain trace of `productId`, or nil if the product was not in the candidate index.
    public func explain(_ productId: String) -> ProductExplanation? {
        if let explanation = explanations[productId] { return explanation }
        guard let exclusion = exclusions.first(where: { $0.productId == productId }) else { return nil }
        return ProductExplanation(
            productId: productId, exclusion: exclusion.reason, score: nil, caps: nil, steps: [], plannedUnits: 0,
            plannedSpendCents: 0)
    }
}
