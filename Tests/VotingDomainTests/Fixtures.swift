import Foundation
import Money
import PricingDomain
@testable import VotingDomain

/// Shared builders: fixed ids and instants, so every expectation is hand-computable.
enum Fixture {
    static let brick = id(0xB1, 1)
    static let otherBrick = id(0xB1, 2)
    static let alice = id(0xA1, 1)
    static let bob = id(0xA1, 2)
    /// 2026-03-02T12:00:00Z.
    static let noon = Date(timeIntervalSince1970: 1_772_452_800)
    static let day: TimeInterval = 86_400

    static func enricher(_ config: VotingConfig = .standard) throws -> VoteEnricher {
        try VoteEnricher(config: config)
    }

    static func identity(
        _ userId: UUID = alice, verified: Bool = true, ageDays: Double = 365, behavior: Double = 1.0,
        banned: Bool = false, restricted: Bool = false
    ) -> UserIdentity {
        UserIdentity(
            userId: userId, emailVerified: verified, accountCreatedAt: noon.addingTimeInterval(-ageDays * day),
            behaviorMultiplier: behavior, banned: banned, restricted: restricted)
    }

    static func state(
        voters: [VoterState] = [VoterState(identity: identity())],
        bricks: [BrickView] = [BrickView(brickId: brick, livePrice: 10_000)]
    ) -> EnrichmentState {
        EnrichmentState(
            voters: Dictionary(uniqueKeysWithValues: voters.map { ($0.identity.userId, $0) }),
            bricks: Dictionary(uniqueKeysWithValues: bricks.map { ($0.brickId, $0) }))
    }

    static func intent(
        _ n: Int = 1, user: UUID = alice, brick: UUID = brick, type: VoteType = .over, at: Date = noon,
        ip: String = "ip-1"
    ) -> VoteIntent {
        VoteIntent(
            intentId: intentId(n), userId: user, brickId: brick, voteType: type, submittedAt: at, ipHash: ip,
            userAgent: "ua", sessionId: "s")
    }

    static func intentId(_ n: Int) -> UUID { id(0x1D, n) }

    /// A version-4-shaped UUID whose first byte is `kind` and last four bytes are `n`.
    static func id(_ kind: UInt8, _ n: Int) -> UUID {
        let v = UInt32(truncatingIfNeeded: n)
        return UUID(uuid: (
            kind, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0,
            UInt8(truncatingIfNeeded: v >> 24), UInt8(truncatingIfNeeded: v >> 16),
            UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)))
    }

    /// Enriches one intent and returns the outcome; `state` is updated in place.
    static func enrich(
        _ intent: VoteIntent, _ state: inout EnrichmentState, id: Int64 = 1, now: Date? = nil,
        config: VotingConfig = .standard
    ) throws -> EnrichmentOutcome {
        try enricher(config).enrich(intent, voteEventId: id, state: &state, now: now ?? intent.submittedAt.addingTimeInterval(1))
    }
}

extension EnrichmentOutcome {
    var recorded: EnrichedVote? {
        if case .recorded(let vote) = self { return vote }
        return nil
    }

    var rejection: VoteRejectionReason? {
        if case .rejected(let rejection) = self { return rejection.reason }
        return nil
    }
}
