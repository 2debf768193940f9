import Foundation
import Money

/// The authoritative price state of one brick (§4.1 `brick_price_state`), owned by the
/// aggregator and changed only by applying ledger entries in order (P-03).
///
/// Besides every §4.1 column it holds what the decisions need to be reproducible from the ledger
/// alone: the cycle number and start price (P-04, P-20), the recheck epoch (P-23), the ledger
/// position applied so far (P-03), and the cycle's participation memory (P-18, P-19).
/// ``differences(from:)`` compares two states field by field for `pricing replay`.
public struct BrickPriceState: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var baselinePrice: Cents
    public var livePrice: Cents
    public var listedAt: Date

    /// 1 at listing, +1 on every new cycle (P-04).
    public var cycleNumber: Int
    /// `current_cycle_id` = ``CycleId/derive(brickId:cycleNumber:)`` (P-04).
    public var cycleId: UUID
    /// Live price when the cycle began: the reference of the 7 % reset test (P-20).
    public var cycleStartPrice: Cents
    /// When the cycle began (listing, the resetting vote, or the freeze exit).
    public var cycleStartedAt: Date

    /// `weighted_*` of the current cycle (§4.1 lock).
    public var counters: WeightedCounters
    /// `p_under`, `p_fair`, `p_over`.
    public var sentiment: Sentiment
    /// `pricing_confidence_C` (§11).
    public var pricingConfidence: Double
    /// `reliability_score_R` (§12).
    public var reliabilityScore: Double
    /// `momentum_score`, always in [−2, 2] (§19, P-17).
    public var momentumScore: Int
    /// `last_price_update`: the listing, then the `createdAt` of the vote that last moved the price.
    public var lastPriceUpdate: Date
/// `last_high_confidence_*` (P-21); `nil` until C first reaches 0.8.
    public var lastHighConfidence: HighConfidenceMark?

    /// `needs_recheck` (P-23): set by a recheck, cleared by a qualified cycle reset (P-20).
    public var needsRecheck: Bool
    /// Bumped by every recheck, so voting can regain credits once per recheck (P-24).
    public var recheckEpoch: Int
    /// `freeze_mode` (§23).
    public var freezeMode: Bool
    /// `freeze_until`: the freezing vote's `createdAt` + 14 days (P-22); `nil` when not frozen.
    public var freezeUntil: Date?

    /// The highest `brickSeq` consumed (applied or skipped); 0 before the first vote (P-03).
    public var appliedBrickSeq: Int64
    /// Control entries applied since that vote: the second part of the ``LedgerPosition``.
    public var controlEntriesSinceVote: Int
    /// `last_vote_event_id_processed` (Appendix C): the last vote consumed, applied or skipped.
    public var lastVoteEventId: Int64?
    /// `createdAt` of the last vote that reached the counters: the dead-brick clock (P-23).
    public var lastAppliedVoteAt: Date?
    /// Unique verified voters and W10 of the current cycle (P-18, P-19).
    public var participation: CycleParticipation
    /// Time of the last ledger entry consumed (vote `createdAt` or control entry time).
    public var updatedAt: Date

    /// Where this state stands in the brick's ledger; the next vote must be `brickSeq + 1`.
    public var position: LedgerPosition {
        LedgerPosition(brickSeq: appliedBrickSeq, control: controlEntriesSinceVote)
    }

    /// The fair range around the live price (§7, P-10), as the state API shows it (P-30).
    public func fairRange(config: PricingConfig) throws(MoneyError) -> FairRange {
        try FairRange(around: livePrice, pct: config.fairRangePct)
    }
}
