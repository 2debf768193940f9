import Foundation
import Money
import PricingDomain

/// The Vote Enricher (Appendix B.1): turns one intent into exactly one outcome — a vote with
/// every deterministic field stamped, or a rejection — and the state the outcome leaves.
///
/// Steps, in B.1's order: (1) user identity: `UNKNOWN_USER`, `BANNED`; (2) brick view:
/// `UNKNOWN_BRICK`; rate limits before anything is written (§3.1, P-27): `RATE_LIMITED`;
/// (3) fair range (P-10); (4) base step (§8, P-11); (5) weight (§9, P-06..P-09); (6) credit
/// regain (P-24); (7) enforce credits: `NO_CREDITS`; (8) consume one; (9) the vote, with the next
/// gap-free `brickSeq` and the cycle stamp (P-04, P-22); (10) XP if verified (P-25).
///
/// A rejection changes nothing: no credit, bucket token, sequence number or XP (P-24).
///
/// ```swift
/// let enricher = try VoteEnricher(config: .standard)
/// let result = try enricher.enrich(intents, voteEventIds: reservedIds, state: loaded, now: now)
/// ```
public struct VoteEnricher: Sendable {
    public let config: VotingConfig
    let calendar: StreakCalendar

    /// - Throws: ``VotingConfigError`` naming the bad key.
    public init(config: VotingConfig) throws(VotingConfigError) {
        try config.validate()
        self.config = config
        calendar = try StreakCalendar(timeZone: config.streakTimeZone)
    }

    /// Enriches one intent against `state`, which is updated only if the vote is recorded.
    ///
    /// - Parameters:
    ///   - voteEventId: the id this vote gets if accepted (voting's global sequence, reserved by
    ///     the caller; rejected intents leave a gap there, which is allowed — only `brickSeq`
    ///     must be gap-free).
    ///   - now: the enrichment time. The vote's `createdAt` is the intent's `submittedAt`
    ///     (P-28), but never later than `now`: a publisher's clock running ahead cannot date a
    ///     vote in the future.
    public func enrich(
        _ intent: VoteIntent, voteEventId: Int64, state: inout EnrichmentState, now: Date
    ) throws(EnrichmentError) -> EnrichmentOutcome {
        func reject(_ reason: VoteRejectionReason) -> EnrichmentOutcome {
            .rejected(VoteRejection(intentId: intent.intentId, userId: intent.userId, brickId: intent.brickId, reason: reason))
        }
        let createdAt = min(intent.submittedAt, now)
        guard var voter = state.voters[intent.userId] else { return reject(.unknownUser) }
        guard !voter.identity.banned else { return reject(.banned) }
        guard let brick = state.bricks[intent.brickId] else { return reject(.unknownBrick) }
        guard
            let userBucket = (voter.rateBucket ?? .full(config.userRateLimit, at: createdAt))
                .taking(at: createdAt, limit: config.userRateLimit),
            let ipBucket = (state.ipBuckets[intent.ipHash] ?? .full(config.ipRateLimit, at: createdAt))
                .taking(at: createdAt, limit: config.ipRateLimit)
        else { return reject(.rateLimited) }

        let fairRange: FairRange
        do { fairRange = try FairRange(around: brick.livePrice, pct: config.fairRangePct) } catch { throw .money(error) }
        let baseStep = BaseStepTier.baseStep(for: brick.livePrice, tiers: config.priceTiers)
        let weight = VoteWeight.weight(of: voter, at: createdAt, config: config)

        let key = CreditKey(userId: intent.userId, brickId: intent.brickId)
        let credits = (state.credits[key] ?? .fresh(for: brick, config: config))
            .regained(livePrice: brick.livePrice, recheckEpoch: brick.recheckEpoch, config: config)
        let stamp = CycleStamp(brick: brick, createdAt: createdAt)
        guard let consumed = credits.consuming(price: brick.livePrice, cycleNumber: stamp.cycleNumber) else {
            return reject(.noCredits)
        }
        guard brick.lastBrickSeq < .max else { throw .brickSeqExhausted }
        let brickSeq = brick.lastBrickSeq + 1

        let verified = voter.identity.emailVerified
        let vote = RecordedVote(
            voteEventId: voteEventId, brickSeq: brickSeq, userId: intent.userId, brickId: intent.brickId,
            voteType: intent.voteType, livePriceAtVote: brick.livePrice, fairRange: fairRange,
            baseStepAtVote: baseStep, userWeightAtVote: weight, emailVerified: verified,
            cycleId: stamp.cycleId, cycleNumber: stamp.cycleNumber, createdAt: createdAt, ipHash: intent.ipHash)
        let xp = VoteXP.awards(
            userId: intent.userId, brickId: intent.brickId, voteEventId: voteEventId, emailVerified: verified,
            brickNeedsRecheck: brick.needsRecheck, voteDay: calendar.dayNumber(of: createdAt),
            progress: voter.xp, amounts: config.xp)

        voter.rateBucket = userBucket
        voter.xp = xp.progress
        state.voters[intent.userId] = voter
        state.ipBuckets[intent.ipHash] = ipBucket
        state.credits[key] = consumed
        state.bricks[intent.brickId] = brick.recording(stamp, brickSeq: brickSeq)
        return .recorded(
            EnrichedVote(
                intentId: intent.intentId, vote: vote, userAgent: intent.userAgent, sessionId: intent.sessionId,
                xpAwards: xp.awards))
    }
}
