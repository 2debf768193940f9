import Foundation
import Money
import PricingDomain
import Testing

/// `pricing replay`: rebuild from the ledger, stop at a gap, refuse conflicts, diff field by field.
struct ReplayAndDiffTests {
    @Test("P-03: replay stops at the first gap and returns the rest as pending")
    func replayStopsAtGap() throws {
        var simulation = try LedgerSimulation(seed: 7, withControlEntries: false)
        try simulation.run(steps: 30)
        let withoutTen = simulation.ledger.filter { $0.position.brickSeq != 10 }
        let replay = try LedgerReplay.rebuild(listing: simulation.listing, ledger: withoutTen, config: Fixture.config)
        #expect(replay.state == simulation.results[8].state)
        #expect(replay.pending.map(\.position.brickSeq) == Array(11...30))
    }

    @Test("P-03: two different entries at one position make the ledger corrupt")
    func conflictingEntries() throws {
        let state = try Fixture.state()
        let vote = try Fixture.vote(.over, on: state, user: 1, at: Fixture.time(1))
        var other = vote
        other.voteType = .under
        #expect(throws: PricingInputError.conflictingLedgerEntries(LedgerPosition(brickSeq: 1, control: 0))) {
            try LedgerReplay.rebuild(listing: Fixture.listing(), ledger: [.vote(vote), .vote(other)], config: Fixture.config)
        }
    }

    @Test("bootstrap (§4.1, P-04): cycle 1 at the baseline, every counter and flag at its default")
    func bootstrap() throws {
        let state = try Fixture.state(price: 4_999)
        #expect(state.livePrice == 4_999 && state.baselinePrice == 4_999 && state.cycleStartPrice == 4_999)
        #expect(state.cycleNumber == 1 && state.cycleStartedAt == Fixture.listedAt && state.lastPriceUpdate == Fixture.listedAt)
        #expect(state.counters == .zero && state.sentiment == .zero && state.momentumScore == 0)
        #expect(!state.freezeMode && state.freezeUntil == nil && !state.needsRecheck && state.recheckEpoch == 0)
        #expect(state.appliedBrickSeq == 0 && state.lastVoteEventId == nil && state.lastHighConfidence == nil)
        let replay = try LedgerReplay.rebuild(listing: Fixture.listing(price: 4_999), ledger: [], config: Fixture.config)
        #expect(replay.state == state && replay.outcomes.isEmpty)
    }

    /// One mutation per stored property, named by the diff field(s) it must produce.
    static let mutations: [(fields: [String], mutate: @Sendable (inout BrickPriceState) -> Void)] = [
        (["brickId"], { $0.brickId = Fixture.otherBrickId }),
        (["baselinePrice"], { $0.baselinePrice = 1 }),
        (["livePrice"], { $0.livePrice = 1 }),
        (["listedAt"], { $0.listedAt = Fixture.time(1) }),
        (["cycleNumber"], { $0.cycleNumber = 9 }),
        (["cycleId"], { $0.cycleId = Fixture.otherBrickId }),
        (["cycleStartPrice"], { $0.cycleStartPrice = 1 }),
        (["cycleStartedAt"], { $0.cycleStartedAt = Fixture.time(1) }),
        (["weightedOver", "weightedTotal"], { $0.counters.over = 1; $0.counters.total = 1 }),
        (["pFair"], { $0.sentiment.pFair = 0.5 }),
        (["pricingConfidence"], { $0.pricingConfidence = 0.5 }),
        (["reliabilityScore"], { $0.reliabilityScore = 0.5 }),
        (["momentumScore"], { $0.momentumScore = -1 }),
        (["lastPriceUpdate"], { $0.lastPriceUpdate = Fixture.time(1) }),
        (["lastHighConfidencePrice", "lastHighConfidenceVotes", "lastConfidenceTimestamp"], {
            $0.lastHighConfidence = HighConfidenceMark(price: 1, weightedTotal: 40, at: Fixture.time(1))
        }),
        (["needsRecheck"], { $0.needsRecheck = true }),
        (["recheckEpoch"], { $0.recheckEpoch = 3 }),
        (["freezeMode"], { $0.freezeMode = true }),
        (["freezeUntil"], { $0.freezeUntil = Fixture.time(1) }),
        (["appliedBrickSeq"], { $0.appliedBrickSeq = 5 }),
        (["controlEntriesSinceVote"], { $0.controlEntriesSinceVote = 1 }),
        (["lastVoteEventId"], { $0.lastVoteEventId = 5 }),
        (["lastAppliedVoteAt"], { $0.lastAppliedVoteAt = Fixture.time(1) }),
        (["uniqueVoters", "recentVotes"], {
            $0.participation = CycleParticipation(
                verifiedVoters: [Fixture.user(1)], recentVotes: [RecentVote(createdAt: Fixture.time(1), ipHash: "x")])
        }),
        (["updatedAt"], { $0.updatedAt = Fixture.time(1) }),
    ]

    @Test("replay diff: each field change is reported under its name, and nothing for equal states")
    func diffNamesEachField() throws {
        let base = try Fixture.state()
        #expect(base.differences(comparedTo: base).isEmpty)
        for (fields, mutate) in Self.mutations {
            var changed = base
            mutate(&changed)
            #expect(changed.differences(comparedTo: base).map(\.field) == fields)
        }
        var moved = base
        moved.livePrice = 12_345
        #expect(moved.differences(comparedTo: base).map(\.description) == ["livePrice: 123.45 ≠ 100.00"])
    }

    @Test("replay diff covers every stored property of the state")
    func diffCoversEveryProperty() throws {
        let stored = Mirror(reflecting: try Fixture.state()).children.count
        #expect(Self.mutations.count == stored)
    }
}
