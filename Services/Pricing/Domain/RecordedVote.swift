import Foundation
import Money

/// A vote as voting recorded it (`vote.recorded`): the aggregator's input, and a ledger entry.
///
/// Everything the price math needs was stamped by voting at enrichment (§3.1 determinism rule,
/// P-02): the fair range, the base step, the weight and the cycle. Pricing never recomputes
/// them, so replay stays valid when configuration changes later.
public struct RecordedVote: Sendable, Hashable, Codable {
    /// Voting's global vote sequence; reported as `last_vote_event_id_processed` (Appendix C).
    public var voteEventId: Int64
    /// Gap-free per-brick sequence, starting at 1: the order votes apply in (P-02, P-03).
    public var brickSeq: Int64
    public var userId: UUID
    public var brickId: UUID
    public var voteType: VoteType
    public var livePriceAtVote: Cents
    /// `fair_range_lower`/`fair_range_upper` logged on the vote: the anchors (B.2 step 11).
    public var fairRange: FairRange
    /// `base_step_at_vote` (B.2 step 12), in cents.
    public var baseStepAtVote: Cents
    /// `user_weight_at_vote` (§9), in [0, 1.25]; 0 for unverified users (P-09).
    public var userWeightAtVote: Double
    /// Only email-verified users count as unique voters (§18.2, P-19).
    public var emailVerified: Bool
    public var cycleId: UUID
    public var cycleNumber: Int
    /// The intent's `submittedAt` (P-28): the clock of clustering, freeze and replay.
    public var createdAt: Date
    /// Hashed client ip; `nil` when unknown (never counted as a distinct hash, P-18).
    public var ipHash: String?

    public init(
        voteEventId: Int64, brickSeq: Int64, userId: UUID, brickId: UUID, voteType: VoteType,
        livePriceAtVote: Cents, fairRange: FairRange, baseStepAtVote: Cents, userWeightAtVote: Double,
        emailVerified: Bool, cycleId: UUID, cycleNumber: Int, createdAt: Date, ipHash: String?
    ) {
        self.voteEventId = voteEventId
        self.brickSeq = brickSeq
        self.userId = userId
        self.brickId = brickId
        self.voteType = voteType
        self.livePriceAtVote = livePriceAtVote
        self.fairRange = fairRange
        self.baseStepAtVote = baseStepAtVote
        self.userWeightAtVote = userWeightAtVote
        self.emailVerified = emailVerified
        self.cycleId = cycleId
        self.cycleNumber = cycleNumber
        self.createdAt = createdAt
        self.ipHash = ipHash
    }
}
