import Foundation
import PricingDomain

/// A vote of a closed cycle as accuracy scoring needs it (from voting's `vote_events`).
public struct CastVote: Sendable, Hashable, Codable {
    public var voteEventId: Int64
    public var userId: UUID
    public var brickId: UUID
    /// The cycle stamped on the vote.
    public var cycleId: UUID
    public var voteType: VoteType
    /// As stamped on the vote: ACCURACY XP goes to votes cast verified (§5, P-25).
    public var emailVerified: Bool

    public init(voteEventId: Int64, userId: UUID, brickId: UUID, cycleId: UUID, voteType: VoteType, emailVerified: Bool) {
        self.voteEventId = voteEventId
        self.userId = userId
        self.brickId = brickId
        self.cycleId = cycleId
        self.voteType = voteType
        self.emailVerified = emailVerified
    }
}

/// A user whose tier moved because of a scoring (internal: for logs and metrics, never shown).
public struct TierChange: Sendable, Hashable, Codable {
    public var userId: UUID
    public var from: TrustTier
    public var to: TrustTier

    public init(userId: UUID, from: TrustTier, to: TrustTier) {
        self.userId = userId
        self.from = from
        self.to = to
    }
}

/// What scoring a closed cycle leaves: updated users, ACCURACY awards, tier moves.
public struct CycleScoringResult: Sendable, Hashable {
    /// Only the users whose record or XP changed.
    public var voters: [UUID: VoterState]
    /// One per correct vote cast verified, ordered by vote event id.
    public var awards: [XPAward]
    /// Ordered by user id.
    public var tierChanges: [TierChange]
}

/// Accuracy (P-26) when `brick.cycle.reset` closes a cycle: with direction UP the cycle's OVER
/// votes are correct, with DOWN its UNDER votes; the other non-FAIR votes are wrong. FAIR votes
/// and cycles closed without a direction are not scored. Each correct vote cast by a verified
/// user earns ACCURACY XP (P-25). Tiers follow the new records (P-26) and apply to later votes.
public enum CycleScoring {
    /// Scores the votes of `closure`'s closed cycle among `votes` (others are ignored; order and
    /// duplicates do not matter) against the users in `voters`.
    ///
    /// Users missing from `voters` are skipped: a vote implies the user was known, so this only
    /// happens when the caller did not load them.
    public static func score(
        _ closure: CycleClosure, votes: [CastVote], voters: [UUID: VoterState], config: VotingConfig
    ) -> CycleScoringResult {
        let winning: VoteType
        switch closure.direction {
        case .up: winning = .over
        case .down: winning = .under
        case .none: return CycleScoringResult(voters: [:], awards: [], tierChanges: [])
        }
        var seen = Set<Int64>()
        let scored = votes
            .filter {
                $0.brickId == closure.brickId && $0.cycleId == closure.closedCycleId && $0.voteType != .fair
                    && seen.insert($0.voteEventId).inserted
            }
            .sorted { $0.voteEventId < $1.voteEventId }
        var updated: [UUID: VoterState] = [:]
        var awards: [XPAward] = []
        for vote in scored {
            guard var voter = updated[vote.userId] ?? voters[vote.userId] else { continue }
            let correct = vote.voteType == winning
            voter.trust = voter.trust.scoring(correct: correct)
            if correct, vote.emailVerified, config.xp.accuracy > 0 {
                let award = XPAward(
                    userId: vote.userId, brickId: closure.brickId, voteEventId: vote.voteEventId,
                    amount: config.xp.accuracy, reason: .accuracy)
                voter.xp = voter.xp.adding([award])
                awards.append(award)
            }
            updated[vote.userId] = voter
        }
        let changes = updated.compactMap { userId, after -> TierChange? in
            guard let before = voters[userId] else { return nil }
            let from = before.trustTier(config.trustThresholds)
            let to = after.trustTier(config.trustThresholds)
            return from == to ? nil : TierChange(userId: userId, from: from, to: to)
        }
        return CycleScoringResult(
            voters: updated, awards: awards,
            tierChanges: changes.sorted { $0.userId.uuidString < $1.userId.uuidString })
    }
}
