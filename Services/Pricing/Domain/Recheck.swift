import Foundation

extension BrickPriceState {
    /// P-23: a recheck sets `needs_recheck`, bumps the recheck epoch (voting regains credits once
    /// per epoch, P-24) and ends a freeze, which starts a new cycle (§23.3). `needs_recheck`
    /// survives that new cycle: only a qualified reset clears it (P-20).
    mutating func recheck(at: Date, config: PricingConfig) -> [PricingOutcome] {
        needsRecheck = true
        recheckEpoch += 1
        guard freezeMode else { return [] }
        return exitFreeze(reason: .recheck, at: at, config: config)
    }
}

/// Rechecks asked for by ops (`brick.recheck.requested`, P-23).
public enum Recheck {
    /// The RECHECK control entry for an operator's `brick.recheck.requested`.
    public static func operatorEntry(for state: BrickPriceState, reason: String, at: Date) -> ControlEntry {
        ControlEntry(
            brickId: state.brickId, position: state.nextControlPosition, at: at,
            kind: .recheck(.operatorRequest(reason: reason)))
    }
}
