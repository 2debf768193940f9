import Money

/// The price tiers of §8 and the base step each one gives.
///
/// P-11: a tier is chosen by its lower bound in cents, so 49.99 (4 999) is tier 1 and 50.00
/// (5 000) is tier 2; a price of 0 is tier 1. Steps are whole dollars, held in cents. The
/// aggregator uses the base step logged on the vote (B.2 step 12); voting stamps it with this.
public struct BaseStepTier: Sendable, Hashable, Codable {
    /// Lowest live price of the tier.
    public var minPrice: Cents
    /// The tier's base step.
    public var baseStep: Cents

    /// §8's table, ascending by ``minPrice``.
    public static let locked: [BaseStepTier] = [
        BaseStepTier(minPrice: 0, baseStep: 300),
        BaseStepTier(minPrice: 5_000, baseStep: 500),
        BaseStepTier(minPrice: 10_000, baseStep: 700),
        BaseStepTier(minPrice: 15_000, baseStep: 1_000),
        BaseStepTier(minPrice: 30_000, baseStep: 1_500),
        BaseStepTier(minPrice: 50_000, baseStep: 2_500),
        BaseStepTier(minPrice: 100_000, baseStep: 4_000),
        BaseStepTier(minPrice: 200_000, baseStep: 7_500),
    ]

    /// `tier_for(live_price).base_step` (§8): the step of the highest tier whose lower bound is
    /// at or below the price. Prices below every bound (negative ones) fall into tier 1.
    public static func baseStep(for livePrice: Cents, tiers: [BaseStepTier] = locked) -> Cents {
        let tier = tiers.last { $0.minPrice <= livePrice } ?? tiers.first
        return tier?.baseStep ?? .zero
    }
}
