import Foundation

/// What `GET /api/me/bricks/{brickId}` shows the caller (§24, Appendix C): credits left,
/// whether they voted in the current cycle, and their XP total.
///
/// Deliberately nothing else: weights, tiers, thresholds, regain rules and rate limits are
/// integrity internals that are never exposed (§0.5, §24), so this type has no field for them.
public struct MyBrickView: Sendable, Hashable, Codable {
    public var brickId: UUID
    /// The credits the caller's next attempt would have, regain included (P-24).
    public var creditsLeft: Int
    /// An accepted vote of the caller carries the brick's current cycle.
    public var votedInCurrentCycle: Bool
    /// Sum of the caller's XP; 0 for unverified users, who earn none (§5).
    public var xpTotal: Int64

    /// The view for a caller with `voter` state (nil: never upserted) and `credits` on `brick`,
    /// at `now` (a freeze past its deadline already counts as the next cycle, P-22).
    public init(brick: BrickView, voter: VoterState?, credits: VoteCredits?, config: VotingConfig, now: Date) {
        brickId = brick.brickId
        let current = credits ?? .fresh(for: brick, config: config)
        creditsLeft = current.regained(livePrice: brick.livePrice, recheckEpoch: brick.recheckEpoch, config: config).remaining
        let cycle = CycleStamp(brick: brick, createdAt: now).cycleNumber
        votedInCurrentCycle = credits?.lastVoteCycleNumber == cycle
        xpTotal = voter?.xp.total ?? 0
    }
}
