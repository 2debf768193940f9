import Foundation
import Money
import PricingDomain

/// Voting's view of one brick (P-02), built from pricing's events, and the brick's vote
/// sequence, which voting owns. Every vote is stamped from it under a row lock on the brick.
public struct BrickView: Sendable, Hashable, Codable {
    public var brickId: UUID
    /// The price votes judge; the fair range and base step come from it (§7, §8).
    public var livePrice: Cents
    /// The current cycle (P-04); 1 from listing.
    public var cycleNumber: Int
    public var freezeMode: Bool
    /// The freeze deadline (P-22); `nil` when not frozen.
    public var freezeUntil: Date?
    /// The deadline of the newest freeze ever seen, kept after it ends so that a late, stale
    /// `brick.freeze.changed` cannot freeze the brick again.
    public var latestFreezeUntil: Date?
    /// Votes on a brick in recheck earn RECHECK XP (P-25).
    public var needsRecheck: Bool
    /// Bumped by each recheck; credits regain once per epoch (P-24).
    public var recheckEpoch: Int
    /// The last `brickSeq` pricing reported applied: with the cycle and recheck epoch it orders
    /// pricing's state reports (stale ones are ignored).
    public var appliedBrickSeq: Int64
    /// The last `brickSeq` voting stamped: the next vote gets `lastBrickSeq + 1` (P-02, gap-free).
    public var lastBrickSeq: Int64

    public init(
        brickId: UUID, livePrice: Cents, cycleNumber: Int = 1, freezeMode: Bool = false, freezeUntil: Date? = nil,
        latestFreezeUntil: Date? = nil, needsRecheck: Bool = false, recheckEpoch: Int = 0,
        appliedBrickSeq: Int64 = 0, lastBrickSeq: Int64 = 0
    ) {
        self.brickId = brickId
        self.livePrice = livePrice
        self.cycleNumber = cycleNumber
        self.freezeMode = freezeMode
        self.freezeUntil = freezeUntil
        self.latestFreezeUntil = latestFreezeUntil ?? freezeUntil
        self.needsRecheck = needsRecheck
        self.recheckEpoch = recheckEpoch
        self.appliedBrickSeq = appliedBrickSeq
        self.lastBrickSeq = lastBrickSeq
    }

    /// The current cycle's id (P-04), derived exactly as pricing derives it.
    public var cycleId: UUID { CycleId.derive(brickId: brickId, cycleNumber: cycleNumber) }
}
