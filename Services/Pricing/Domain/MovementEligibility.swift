/// §14 / B.2 step 8: the price may move only when all three hold.
public enum MovementEligibility {
    /// `weighted_total ≥ MIN_WEIGHTED_TOTAL_FOR_MOVE`, `weighted_since_last_move ≥
    /// MOVE_BATCH_SIZE_WEIGHTED` and not frozen; otherwise only the signal updates.
    public static func isEligible(_ counters: WeightedCounters, frozen: Bool, config: PricingConfig) -> Bool {
        counters.total >= config.minWeightedTotalForMove
            && counters.sinceLastMove >= config.moveBatchSizeWeighted
            && !frozen
    }
}
