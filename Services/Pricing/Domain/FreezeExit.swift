import Foundation

extension BrickPriceState {
    /// §23.3, P-22: leaving a freeze always starts a new cycle (counters reset, momentum decays);
    /// the votes logged during the freeze are discarded with the old cycle (§23.2). The closed
    /// cycle has no direction to score: the crowd had called the price fair.
    mutating func exitFreeze(reason: FreezeChangeReason, at: Date, config: PricingConfig) -> [PricingOutcome] {
        freezeMode = false
        freezeUntil = nil
        let cause: CycleChangeCause = reason == .recheck ? .recheck : .freezeTimeout
        let change = startNextCycle(direction: .none, cause: cause, at: at, config: config)
        let freeze = FreezeChange(brickId: brickId, freezeMode: false, freezeUntil: nil, reason: reason, at: at)
        return [.freezeChanged(freeze), .cycleReset(change)]
    }
}
