import Foundation
import Money
import TestSupport
import Testing
@testable import VotingDomain

/// The batch enricher's invariants over seeded random workloads.
struct BatchPropertyTests {
    private struct Workload {
        var intents: [VoteIntent]
        var state: EnrichmentState
    }

    private let users = (0..<12).map { Fixture.id(0xA4, $0) }
    private let bricks = (0..<4).map { Fixture.id(0xB4, $0) }

    private func workload(seed: UInt64, count: Int = 300) -> Workload {
        var rng = SplitMix64(seed: seed)
        var voters = users.map { VoterState(identity: Fixture.identity($0, verified: Bool.random(using: &rng))) }
        voters[0].identity.banned = true
        let views = bricks.enumerated().map { n, id in
            BrickView(brickId: id, livePrice: Cents(Int64(1_000 + 5_000 * n)), lastBrickSeq: Int64(n * 10))
        }
        // Some intents name a user or brick nobody knows.
        let userPool = users + [Fixture.id(0xEE, 1)]
        let brickPool = bricks + [Fixture.id(0xEE, 2)]
        var clock = Fixture.noon
        let intents = (0..<count).map { n in
            clock = clock.addingTimeInterval(Double(Int.random(in: 0...4, using: &rng)))
            return Fixture.intent(
                n, user: userPool.randomElement(using: &rng) ?? users[1], brick: brickPool.randomElement(using: &rng) ?? bricks[0],
                type: [.under, .fair, .over].randomElement(using: &rng) ?? .fair, at: clock,
                ip: "ip-\(Int.random(in: 0..<3, using: &rng))")
        }
        return Workload(intents: intents, state: Fixture.state(voters: voters, bricks: views))
    }

    private func run(_ work: Workload) throws -> EnrichmentBatchResult {
        try Fixture.enricher().enrich(
            work.intents, voteEventIds: work.intents.indices.map { Int64($0 + 1) }, state: work.state,
            now: Fixture.noon.addingTimeInterval(1e6))
    }

    @Test("P-02 brickSeq is gap-free and unique per brick, continuing from the brick's last seq", arguments: [1, 2, 3] as [UInt64])
    func brickSeqGapFree(seed: UInt64) throws {
        let work = workload(seed: seed)
        let result = try run(work)
        let votes = result.outcomes.compactMap(\.recorded).map(\.vote)
        for brick in bricks {
            let seqs = votes.filter { $0.brickId == brick }.map(\.brickSeq)
            let start = work.state.bricks[brick]?.lastBrickSeq ?? -1
            #expect(seqs == Array((start + 1)..<(start + 1 + Int64(seqs.count))))
            #expect(result.state.bricks[brick]?.lastBrickSeq == start + Int64(seqs.count))
        }
    }

    @Test("every intent gets exactly one outcome; credits stay in 0…3; accepted ≤ 3 per user × brick", arguments: [4, 5] as [UInt64])
    func oneOutcomeAndCreditCap(seed: UInt64) throws {
        let work = workload(seed: seed)
        let result = try run(work)
        #expect(result.outcomes.map(\.intentId) == work.intents.map(\.intentId))
        #expect(result.state.credits.values.allSatisfy { (0...3).contains($0.remaining) })
        let accepted = Dictionary(grouping: result.outcomes.compactMap(\.recorded)) { CreditKey(userId: $0.vote.userId, brickId: $0.vote.brickId) }
        #expect(accepted.values.allSatisfy { $0.count <= 3 }, "no price moves or rechecks here, so no regain")
        let reasons = Set(result.outcomes.compactMap(\.rejection))
        #expect(reasons.isSuperset(of: [.noCredits, .unknownBrick, .unknownUser, .banned]))
    }

    /// P-27 chose token buckets: a burst of 20, then one token every 3 s. So "20 per minute" is
    /// the sustained rate, not a cap on every 60 s window (a full bucket plus a minute of refill
    /// allows 40 in one window). The invariant a token bucket guarantees is: within any span of
    /// `t` seconds at most `20 + ⌊t / 3 s⌋` intents pass.
    @Test("P-27 token bucket: at most 20 + ⌊t / 3 s⌋ accepted votes in any span of t seconds", arguments: [6] as [UInt64])
    func rateLimitNeverExceeded(seed: UInt64) throws {
        var work = workload(seed: seed, count: 400)
        // Many bricks so credits do not hide the rate limit; one busy user.
        let many = (0..<400).map { BrickView(brickId: Fixture.id(0xB5, $0), livePrice: 10_000) }
        work.state.bricks = Dictionary(uniqueKeysWithValues: many.map { ($0.brickId, $0) })
        work.intents = work.intents.enumerated().map { n, intent in
            var intent = intent
            intent.userId = users[1]
            intent.brickId = many[n].brickId
            intent.ipHash = "ip-\(n)"
            intent.submittedAt = Fixture.noon.addingTimeInterval(Double(n) * 0.5)
            return intent
        }
        let outcomes = try run(work).outcomes
        let times = outcomes.compactMap(\.recorded).map(\.vote.createdAt)
        var violations: [String] = []
        for first in times.indices {
            for last in first..<times.count {
                let span = times[last].timeIntervalSince(times[first])
                let allowed = 20 + Int((span / 3).rounded(.down))
                if last - first + 1 > allowed { violations.append("\(last - first + 1) votes in \(span) s") }
            }
        }
        #expect(violations.isEmpty)
        // Intents every 0.5 s for 199.5 s: the burst of 20 plus one per 3 s (66) pass, and no more.
        #expect(times.count == 86)
        #expect(outcomes.compactMap(\.rejection).allSatisfy { $0 == .rateLimited })
    }

    @Test("determinism and batch = one-by-one: same input, same output", arguments: [7, 8] as [UInt64])
    func deterministic(seed: UInt64) throws {
        let work = workload(seed: seed)
        let first = try run(work)
        #expect(try run(work) == first)
        var state = work.state
        let enricher = try Fixture.enricher()
        let single = try work.intents.enumerated().map { n, intent in
            try enricher.enrich(intent, voteEventId: Int64(n + 1), state: &state, now: Fixture.noon.addingTimeInterval(1e6))
        }
        #expect(single == first.outcomes)
        #expect(state == first.state)
    }

    @Test("a repeated intent id in a batch gets no second outcome and changes nothing", arguments: [9] as [UInt64])
    func duplicatesIgnored(seed: UInt64) throws {
        let work = workload(seed: seed, count: 100)
        let reference = try run(work)
        var doubled = work
        doubled.intents = work.intents.flatMap { [$0, $0] }
        let ids = work.intents.indices.flatMap { [Int64($0 + 1), Int64(1_000 + $0)] }
        let result = try Fixture.enricher().enrich(doubled.intents, voteEventIds: ids, state: work.state, now: Fixture.noon.addingTimeInterval(1e6))
        #expect(result == reference)
    }

    @Test("every rejection leaves the state exactly as it was (P-24 'nothing else changes')", arguments: [10] as [UInt64])
    func rejectionsChangeNothing(seed: UInt64) throws {
        let work = workload(seed: seed)
        var state = work.state
        let enricher = try Fixture.enricher()
        for (n, intent) in work.intents.enumerated() {
            let before = state
            let outcome = try enricher.enrich(intent, voteEventId: Int64(n + 1), state: &state, now: Fixture.noon.addingTimeInterval(1e6))
            if outcome.rejection != nil { #expect(state == before) }
        }
    }

    @Test("a wrong number of reserved vote event ids is a typed error")
    func idCountMismatch() throws {
        #expect(throws: EnrichmentError.voteEventIdCountMismatch(intents: 1, ids: 0)) {
            try Fixture.enricher().enrich([Fixture.intent()], voteEventIds: [], state: Fixture.state(), now: Fixture.noon)
        }
    }

    @Test("bad configuration is refused with the key's name")
    func badConfig() {
        var config = VotingConfig.standard
        config.streakTimeZone = "Mars/Olympus"
        #expect(throws: VotingConfigError.unknownTimeZone("Mars/Olympus")) { try VoteEnricher(config: config) }
        config = .standard
        config.userRateLimit.capacity = 0
        #expect(throws: VotingConfigError.self) { try VoteEnricher(config: config) }
        config = .standard
        config.priceTiers = []
        #expect(throws: VotingConfigError.self) { try VoteEnricher(config: config) }
    }
}
