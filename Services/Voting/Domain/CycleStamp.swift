import Foundation
import PricingDomain

/// The cycle a vote is stamped with (P-04, P-22).
///
/// Normally the view's current cycle. But a frozen brick whose freeze deadline has passed at
/// the vote's `createdAt` is already in its next cycle (§23.3: exit starts a new cycle): the vote
/// gets cycle N+1, exactly when pricing's `FreezeTimeout.isPassed` would accept it, so both
/// exit paths agree on cycle N+1.
public struct CycleStamp: Sendable, Hashable, Codable {
    public var cycleNumber: Int
    public var cycleId: UUID
    /// True when this vote ends a timed-out freeze in voting's view.
    public var endsFreeze: Bool

    /// The stamp for a vote on `brick` created at `createdAt`.
    public init(brick: BrickView, createdAt: Date) {
        endsFreeze = Self.isFreezeOver(brick, at: createdAt)
        cycleNumber = endsFreeze ? brick.cycleNumber + 1 : brick.cycleNumber
        cycleId = CycleId.derive(brickId: brick.brickId, cycleNumber: cycleNumber)
    }

    /// P-22: frozen, with the deadline at or before `instant`.
    public static func isFreezeOver(_ brick: BrickView, at instant: Date) -> Bool {
        guard brick.freezeMode, let until = brick.freezeUntil else { return false }
        return instant >= until
    }
}

extension BrickView {
    /// The view after a vote stamped with `stamp` and `brickSeq`: a vote that ended a timed-out
    /// freeze moves the view into the new cycle unfrozen, so later votes (even ones submitted a
    /// little earlier) stay in it; `needs_recheck` survives, as in pricing (P-23).
    func recording(_ stamp: CycleStamp, brickSeq: Int64) -> BrickView {
        var next = self
        next.lastBrickSeq = brickSeq
        if stamp.endsFreeze {
            next.cycleNumber = stamp.cycleNumber
            next.freezeMode = false
            next.freezeUntil = nil
        }
        return next
    }
}
