import Foundation

extension BrickPriceState {
    /// Closes the current cycle and opens the next one at the live price: the shared part of a
    /// qualified reset (§21) and a freeze exit (§23.3).
    ///
    /// P-20: clears the weighted counters, the shares, C, R, unique voters, W10 and
    /// `weighted_since_last_move`; §19 / P-17: momentum decays one step toward 0. The freeze
    /// flag and `needs_recheck` are left to the caller, which knows why the cycle ended.
    mutating func startNextCycle(
        direction: CycleDirection, cause: CycleChangeCause, at: Date, config: PricingConfig
    ) -> CycleChange {
        let closedId = cycleId
        let closedNumber = cycleNumber
        let closedStart = cycleStartPrice
        cycleNumber += 1
        cycleId = CycleId.derive(brickId: brickId, cycleNumber: cycleNumber)
        cycleStartPrice = livePrice
        cycleStartedAt = at
        counters = .zero
        sentiment = .zero
        pricingConfidence = 0
        reliabilityScore = 0
        participation = .empty
        momentumScore = MomentumBuffer.decayed(momentumScore, config: config)
        return CycleChange(
            brickId: brickId, closedCycleId: closedId, closedCycleNumber: closedNumber, newCycleId: cycleId,
            newCycleNumber: cycleNumber, closedCycleStartPrice: closedStart, closedCycleEndPrice: livePrice,
            direction: direction, cause: cause, at: at)
    }
}
