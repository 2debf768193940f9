import Foundation

/// The freeze deadline (P-22): 14 days after the freezing vote, the freeze ends.
///
/// It ends by whichever path comes first. Pricing's minute job asks ``entryIfDue(for:now:)`` and
/// appends the returned ledger entry; or voting, past the deadline, stamps votes with the next
/// cycle number and the aggregator exits the freeze itself on the first such vote
/// (``isPassed(by:state:)``). Either way the exit happens at the deadline, so both paths give
/// the same cycle N+1 starting at the same instant.
public enum FreezeTimeout {
    /// Whether the freeze of `state` has run out at `now`.
    public static func isDue(_ state: BrickPriceState, now: Date) -> Bool {
        guard state.freezeMode, let until = state.freezeUntil else { return false }
        return now >= until
    }

    /// The TIMEOUT control entry to append for `state` at `now`, or `nil` when none is due.
    public static func entryIfDue(for state: BrickPriceState, now: Date) -> ControlEntry? {
        guard isDue(state, now: now) else { return nil }
        return ControlEntry(brickId: state.brickId, position: state.nextControlPosition, at: now, kind: .freezeTimeout)
    }

    /// P-22's second path: a vote stamped for cycle N+1 of a brick frozen in cycle N, created at
    /// or after the deadline.
    public static func isPassed(by vote: RecordedVote, state: BrickPriceState) -> Bool {
        guard let until = state.freezeUntil, state.freezeMode else { return false }
        return vote.cycleNumber == state.cycleNumber + 1 && vote.createdAt >= until
    }
}

extension BrickPriceState {
    /// Where the next control entry goes: right after the last one applied.
    public var nextControlPosition: LedgerPosition {
        LedgerPosition(brickSeq: appliedBrickSeq, control: controlEntriesSinceVote + 1)
    }

    /// Ends the freeze at its deadline (see ``FreezeTimeout``).
    mutating func timeOutFreeze(config: PricingConfig) -> [PricingOutcome] {
        guard let until = freezeUntil else { return [] }
        return exitFreeze(reason: .timeout, at: until, config: config)
    }
}
