import Foundation
import Money
import PricingDomain
import Testing

/// §23 freeze (entry, Option A, exit), P-05 stale cycles, P-22 both exit paths, P-23 rechecks.
struct FreezeAndCycleTests {
    let config = Fixture.config

    /// 20 FAIR votes: the 20th freezes the brick (p_fair 1 ≥ 0.55, total 20).
    func frozenBrick() throws -> (state: BrickPriceState, results: [AggregationResult]) {
        try Fixture.applyVotes(.fair, users: 1...20, to: try Fixture.state(), start: 0, spacing: 60)
    }

    @Test("§23.1, P-16: an all-FAIR crowd freezes on the 20th vote for 14 days from that vote")
    func freezeEntry() throws {
        let (state, results) = try frozenBrick()
        #expect(results.prefix(19).allSatisfy { $0.outcomes.isEmpty })
        let freezingAt = Fixture.time(19 * 60)
        let change = try #require(results[19].outcomes.freezeChanges.first)
        #expect(change.freezeMode && change.reason == .fairConsensus)
        #expect(change.freezeUntil == freezingAt.addingTimeInterval(14 * 86_400))
        #expect(state.freezeMode && state.freezeUntil == change.freezeUntil && state.livePrice == 10_000)
        #expect(FreezeEntry.isDue(Sentiment(pUnder: 0.45, pFair: 0.55, pOver: 0), weightedTotal: 20, config: config))
        #expect(!FreezeEntry.isDue(Sentiment(pUnder: 0.45, pFair: 0.55, pOver: 0), weightedTotal: 19.9, config: config))
        #expect(!FreezeEntry.isDue(Sentiment(pUnder: 0.46, pFair: 0.54, pOver: 0), weightedTotal: 40, config: config))
    }

    @Test("§23.2 Option A: a frozen brick logs votes but counts nothing and never moves")
    func frozenVotesSkipped() throws {
        let (frozen, _) = try frozenBrick()
        let (state, results) = try Fixture.applyVotes(.over, users: 21...30, to: frozen, start: 3_600)
        #expect(results.allSatisfy { $0.disposition == .skippedFrozen && $0.outcomes.isEmpty })
        #expect(state.counters == frozen.counters && state.participation == frozen.participation)
        #expect(state.appliedBrickSeq == 30 && state.livePrice == 10_000)
    }

    @Test("P-05 (B.2 step 2): a vote stamped for another cycle is skipped; the sequence still advances")
    func staleCycleSkipped() throws {
        let (reset, _) = try Fixture.applyVotes(.over, users: 1...15, to: try Fixture.state(), start: 60)
        let stale = try Fixture.vote(.under, on: reset, user: 99, at: Fixture.time(5_000), cycleNumber: 1)
        let result = try PriceAggregator.apply(stale, to: reset, config: config)
        #expect(result.disposition == .skippedStaleCycle && result.outcomes.isEmpty)
        #expect(result.state.counters == .zero && result.state.appliedBrickSeq == 16)
        #expect(result.state.lastVoteEventId == stale.voteEventId)
    }

    @Test("P-22: the minute job's TIMEOUT entry and a vote stamped N+1 after the deadline give the same state")
    func bothTimeoutPathsAgree() throws {
        let (frozen, _) = try frozenBrick()
        let deadline = try #require(frozen.freezeUntil)
        #expect(!FreezeTimeout.isDue(frozen, now: deadline.addingTimeInterval(-1)))
        #expect(FreezeTimeout.entryIfDue(for: frozen, now: deadline.addingTimeInterval(-1)) == nil)

        let jobTime = deadline.addingTimeInterval(45)
        let entry = try #require(FreezeTimeout.entryIfDue(for: frozen, now: jobTime))
        #expect(entry.position == LedgerPosition(brickSeq: 20, control: 1))
        let timedOut = try PriceAggregator.apply(entry, to: frozen, config: config)
        #expect(timedOut.state.cycleNumber == 2 && !timedOut.state.freezeMode && timedOut.state.freezeUntil == nil)
        #expect(timedOut.state.cycleStartedAt == deadline && timedOut.state.counters == .zero)
        #expect(timedOut.outcomes.freezeChanges.map(\.reason) == [.timeout])
        #expect(timedOut.outcomes.cycleChanges.map(\.direction) == [.none])

        let voteAt = deadline.addingTimeInterval(120)
        let viaJob = try PriceAggregator.apply(
            try Fixture.vote(.over, on: timedOut.state, user: 50, at: voteAt), to: timedOut.state, config: config)
        let stampedNext = try Fixture.vote(.over, on: frozen, user: 50, at: voteAt, cycleNumber: 2)
        let viaVote = try PriceAggregator.apply(stampedNext, to: frozen, config: config)
        #expect(viaVote.state == viaJob.state)
        #expect(viaVote.disposition == .applied && viaVote.state.counters.over == 1)
        #expect(viaVote.outcomes == timedOut.outcomes)
    }

    @Test("P-22: a vote stamped N+1 before the deadline is stale and skipped; the freeze holds")
    func earlyNextCycleVoteIsStale() throws {
        let (frozen, _) = try frozenBrick()
        let deadline = try #require(frozen.freezeUntil)
        let early = try Fixture.vote(.over, on: frozen, user: 50, at: deadline.addingTimeInterval(-1), cycleNumber: 2)
        let result = try PriceAggregator.apply(early, to: frozen, config: config)
        #expect(result.disposition == .skippedStaleCycle && result.state.freezeMode && result.state.cycleNumber == 1)
    }

    @Test("P-22: a timeout entry before the deadline, or for an unfrozen brick, is refused")
    func timeoutNotDue() throws {
        let (frozen, _) = try frozenBrick()
        let deadline = try #require(frozen.freezeUntil)
        let early = ControlEntry(
            brickId: Fixture.brickId, position: frozen.nextControlPosition, at: deadline.addingTimeInterval(-1),
            kind: .freezeTimeout)
        #expect(throws: PricingInputError.freezeTimeoutNotDue(freezeUntil: deadline, at: early.at)) {
            try PriceAggregator.apply(early, to: frozen, config: config)
        }
        let live = try Fixture.state()
        let unfrozen = ControlEntry(
            brickId: Fixture.brickId, position: live.nextControlPosition, at: Fixture.time(1), kind: .freezeTimeout)
        #expect(throws: PricingInputError.freezeTimeoutNotDue(freezeUntil: nil, at: unfrozen.at)) {
            try PriceAggregator.apply(unfrozen, to: live, config: config)
        }
    }

    @Test("P-23: a recheck on a live brick sets the flag and bumps the epoch, nothing else")
    func recheckLiveBrick() throws {
        let state = try Fixture.applyVotes(.over, users: 1...3, to: try Fixture.state(), start: 0).state
        let entry = Recheck.operatorEntry(for: state, reason: "ops", at: Fixture.time(900))
        let result = try PriceAggregator.apply(entry, to: state, config: config)
        #expect(result.outcomes.isEmpty && result.disposition == .control)
        #expect(result.state.needsRecheck && result.state.recheckEpoch == 1)
        #expect(result.state.counters == state.counters && result.state.cycleNumber == 1)
        #expect(result.state.position == LedgerPosition(brickSeq: 3, control: 1))
        let second = try PriceAggregator.apply(
            Recheck.operatorEntry(for: result.state, reason: "again", at: Fixture.time(901)), to: result.state,
            config: config)
        #expect(second.state.recheckEpoch == 2 && second.state.position == LedgerPosition(brickSeq: 3, control: 2))
    }

    @Test("P-23, §23.3: a recheck ends a freeze into a new cycle and keeps needs_recheck; a qualified reset clears it")
    func recheckEndsFreeze() throws {
        let (frozen, _) = try frozenBrick()
        let at = Fixture.time(86_400)
        let result = try PriceAggregator.apply(Recheck.operatorEntry(for: frozen, reason: "ops", at: at), to: frozen, config: config)
        #expect(result.outcomes.freezeChanges.map(\.reason) == [.recheck])
        let change = try #require(result.outcomes.cycleChanges.first)
        #expect(change.cause == .recheck && change.direction == .none && change.newCycleNumber == 2)
        #expect(result.state.needsRecheck && !result.state.freezeMode && result.state.cycleStartedAt == at)

        let (afterReset, results) = try Fixture.applyVotes(.over, users: 101...115, to: result.state, start: 90_000)
        #expect(results.last?.outcomes.cycleChanges.first?.cause == .qualifiedMove)
        #expect(!afterReset.needsRecheck && afterReset.recheckEpoch == 1 && afterReset.cycleNumber == 3)
    }

    @Test("P-23 dead bricks: 30 days without an applied vote (or since the cycle began) triggers one recheck")
    func deadBrick() throws {
        let state = try Fixture.applyVotes(.over, users: 1...2, to: try Fixture.state(), start: 0).state
        let lastVote = Fixture.time(120)
        #expect(!DeadBrick.isRecheckDue(state, now: lastVote.addingTimeInterval(30 * 86_400 - 1), config: config))
        let now = lastVote.addingTimeInterval(30 * 86_400)
        let entry = try #require(DeadBrick.entryIfDue(for: state, now: now, config: config))
        #expect(entry.kind == .recheck(.deadBrick))
        let rechecked = try PriceAggregator.apply(entry, to: state, config: config).state
        #expect(!DeadBrick.isRecheckDue(rechecked, now: now.addingTimeInterval(60 * 86_400), config: config))
        #expect(DeadBrick.isRecheckDue(try Fixture.state(), now: Fixture.time(30 * 86_400), config: config))
    }

    @Test("P-20: freeze entry and cycle reset on the same vote both happen")
    func freezeAndResetTogether() throws {
        var state = try Fixture.state()
        state.livePrice = 10_700  // already 7 % above the cycle start
        state.counters = WeightedCounters(under: 0, fair: 19, over: 0, total: 19, sinceLastMove: 0)
        let result = try PriceAggregator.apply(
            try Fixture.vote(.fair, on: state, user: 1, at: Fixture.time(10)), to: state, config: config)
        #expect(result.outcomes.freezeChanges.count == 1 && result.outcomes.cycleChanges.count == 1)
        #expect(result.state.freezeMode && result.state.cycleNumber == 2 && result.state.counters == .zero)
    }
}
