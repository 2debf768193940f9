import Foundation

/// `vote.recorded` (voting → pricing): an accepted vote, stamped with everything pricing needs
/// to apply it deterministically (seed 003 §3.1, decision P-02).
public struct VoteRecorded: EventPayload {
    public static let eventType = "vote.recorded"

    /// Voting's global vote sequence number.
    public var voteEventId: Int64
    /// Gap-free per brick, from 1; pricing applies votes strictly in this order.
    public var brickSeq: Int64
    public var intentId: String
    public var userId: String
    public var brickId: String
    public var voteType: VoteType
    public var livePriceAtVoteCents: Int64
    public var fairRangeLowerCents: Int64
    public var fairRangeUpperCents: Int64
    public var baseStepAtVoteCents: Int64
    /// Fixed at enrichment; 0 for unverified email (P-09).
    public var userWeightAtVote: Double
    public var emailVerified: Bool
    public var cycleId: String
    public var cycleNumber: Int64
    public var createdAt: Date
    public var ipHash: String

    public init(
        voteEventId: Int64, brickSeq: Int64, intentId: String, userId: String, brickId: String, voteType: VoteType,
        livePriceAtVoteCents: Int64, fairRangeLowerCents: Int64, fairRangeUpperCents: Int64, baseStepAtVoteCents: Int64,
        userWeightAtVote: Double, emailVerified: Bool, cycleId: String, cycleNumber: Int64, createdAt: Date, ipHash: String
    ) {
        self.voteEventId = voteEventId
        self.brickSeq = brickSeq
        self.intentId = intentId
        self.userId = userId
        self.brickId = brickId
        self.voteType = voteType
        self.livePriceAtVoteCents = livePriceAtVoteCents
        self.fairRangeLowerCents = fairRangeLowerCents
        self.fairRangeUpperCents = fairRangeUpperCents
        self.baseStepAtVoteCents = baseStepAtVoteCents
        self.userWeightAtVote = userWeightAtVote
        self.emailVerified = emailVerified
        self.cycleId = cycleId
        self.cycleNumber = cycleNumber
        self.createdAt = createdAt
        self.ipHash = ipHash
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.atLeast(voteEventId, 1, "data.voteEventId")
        try Check.atLeast(brickSeq, 1, "data.brickSeq")
        try Check.uuid(intentId, "data.intentId")
        try Check.uuid(userId, "data.userId")
        try Check.uuid(brickId, "data.brickId")
        try Check.atLeast(livePriceAtVoteCents, 0, "data.livePriceAtVoteCents")
        try Check.atLeast(fairRangeLowerCents, 0, "data.fairRangeLowerCents")
        try Check.atLeast(fairRangeUpperCents, fairRangeLowerCents, "data.fairRangeUpperCents")
        try Check.atLeast(baseStepAtVoteCents, 0, "data.baseStepAtVoteCents")
        try Check.atLeast(userWeightAtVote, 0, "data.userWeightAtVote")
        try Check.uuid(cycleId, "data.cycleId")
        try Check.atLeast(cycleNumber, 1, "data.cycleNumber")
        try Check.text(ipHash, "data.ipHash")
    }
}
