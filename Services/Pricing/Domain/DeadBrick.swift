import Foundation

/// P-23 "dead bricks": a brick with no applied vote for 30 days is rechecked automatically.
public enum DeadBrick {
    /// The quiet period runs from the last applied vote, or from the start of the current cycle
    /// when that is later (a listing, or a freeze exit, starts the clock afresh). A brick
    /// already in recheck is not rechecked again until a qualified move clears the flag.
    public static func isRecheckDue(_ state: BrickPriceState, now: Date, config: PricingConfig) -> Bool {
        guard !state.needsRecheck else { return false }
        let quietSince = max(state.lastAppliedVoteAt ?? state.cycleStartedAt, state.cycleStartedAt)
        return now.timeIntervalSince(quietSince) >= config.deadBrickAfter
    }

    /// The RECHECK control entry to append for `state` at `now`, or `nil` when none is due.
    public static func entryIfDue(for state: BrickPriceState, now: Date, config: PricingConfig) -> ControlEntry? {
        guard isRecheckDue(state, now: now, config: config) else { return nil }
        return ControlEntry(
            brickId: state.brickId, position: state.nextControlPosition, at: now, kind: .recheck(.deadBrick))
    }
}
