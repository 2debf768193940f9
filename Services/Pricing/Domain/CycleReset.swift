import Foundation
import Money

/// §21 / B.2 step 21: when a cycle's hypothesis is settled and a new one begins.
public enum CycleReset {
    /// P-20: checked after every applied vote (P-16), after its move. Resets when the live price
    /// is ≥ 7 % from the cycle start, exact in cents (`10 000·|live − start| ≥ 700·start`), and
    /// the cycle had weight ≥ 20 or ≥ 15 unique voters. A price that has not moved at all never
    /// qualifies, which only matters for a start price of 0 (0 % of 0 is 0).
    public static func isDue(
        livePrice: Cents, cycleStartPrice: Cents, weightedTotal: Double, uniqueVoters: Int, config: PricingConfig
    ) -> Bool {
        guard livePrice != cycleStartPrice else { return false }
        // 128-bit products: validated prices are < 10¹², so these are far from any limit.
        let distance = Int128(livePrice.rawValue) - Int128(cycleStartPrice.rawValue)
        let moved = distance.magnitude * UInt128(BasisPoints.perWhole)
            >= UInt128(config.cycleResetMovePct.rawValue.magnitude) * Int128(cycleStartPrice.rawValue).magnitude
        return moved && (weightedTotal >= config.cycleResetMinWeighted || uniqueVoters >= config.cycleResetMinUnique)
    }

    /// The closed cycle's net direction: its end price against its start price.
    public static func direction(from start: Cents, to end: Cents) -> CycleDirection {
        end > start ? .up : (end < start ? .down : .none)
    }
}

extension BrickPriceState {
    /// Applies §21 if due: a new cycle (P-20) that also clears `needs_recheck`, because a
    /// qualified move answers the question a recheck asked. A freeze entered on the same vote
    /// stays (P-20: both happen).
    mutating func resetCycleIfDue(at: Date, config: PricingConfig) -> CycleChange? {
        guard
            CycleReset.isDue(
                livePrice: livePrice, cycleStartPrice: cycleStartPrice, weightedTotal: counters.total,
                uniqueVoters: participation.uniqueVoters, config: config)
        else { return nil }
        let direction = CycleReset.direction(from: cycleStartPrice, to: livePrice)
        let change = startNextCycle(direction: direction, cause: .qualifiedMove, at: at, config: config)
        needsRecheck = false
        return change
    }
}
