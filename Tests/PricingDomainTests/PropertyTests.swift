import Foundation
import Money
import PricingDomain
import Testing

/// Invariants over seeded simulations: caps, ranges, replay, arrival order, determinism.
struct PropertyTests {
    @Test("§17–§20: no step exceeds its caps (the clamp ≥ base step aside); momentum stays in [−2, 2]", arguments: 0..<30)
    func capsNeverExceeded(seed: UInt64) throws {
        var simulation = try LedgerSimulation(seed: 0xCA95_0000 + seed)
        try simulation.run(steps: 300)
        var moves = 0
        for result in simulation.results {
            let state = result.state
            #expect((-2...2).contains(state.momentumScore))
            #expect(state.counters.total == state.counters.under + state.counters.fair + state.counters.over)
            #expect(state.counters.sinceLastMove <= state.counters.total + 1e-9)
            #expect((0...1).contains(state.pricingConfidence) && PriceBounds.contains(state.livePrice))
            guard let sizing = result.sizing else { continue }
            moves += 1
            let base = Double(sizing.baseStep.rawValue) / 100
            let anchor = Double(sizing.anchor.rawValue) / 100
            let step = Double(sizing.finalStep.rawValue) / 100
            #expect(step >= base)
            #expect(step <= max(base, 80), "absolute cap")
            #expect(step <= max(base, roundHalfUp(0.20 * anchor)), "catch-up cap")
            #expect(step <= roundHalfUp(3 * base), "raw step is at most three base steps")
            if !sizing.catchUpActive {
                #expect(step <= max(base, roundHalfUp(0.15 * anchor)), "dynamic cap")
            }
            if state.counters.total < 20, result.outcomes.cycleChanges.isEmpty {
                #expect(step <= max(base, roundHalfUp(1.5 * base)), "early anti-brigade cap")
            }
            let expected = sizing.direction == .up ? sizing.anchor.rawValue + sizing.finalStep.rawValue
                : max(sizing.anchor.rawValue - sizing.finalStep.rawValue, 0)
            #expect(sizing.targetPrice.rawValue == expected)
        }
        #expect(moves > 0, "the simulation must exercise moves")
    }

    @Test("P-03, Principle 6: replay of the ledger, in any order and with duplicates, equals incremental application", arguments: 0..<20)
    func replayEqualsIncremental(seed: UInt64) throws {
        var simulation = try LedgerSimulation(seed: 0x4E91_0000 + seed)
        try simulation.run(steps: 250)
        var generator = SeededGenerator(seed: seed)
        let delivered = (simulation.ledger + simulation.ledger.prefix(20)).shuffled(using: &generator)
        let replay = try LedgerReplay.rebuild(listing: simulation.listing, ledger: delivered, config: Fixture.config)
        #expect(replay.state.differences(comparedTo: simulation.state).isEmpty)
        #expect(replay.state == simulation.state)
        #expect(replay.outcomes == simulation.outcomes)
        #expect(replay.pending.isEmpty)
        #expect(simulation.ledger.contains { if case .control = $0 { true } else { false } })
    }

    @Test("P-03: the same votes applied in brickSeq order give the same result whatever the arrival order", arguments: 0..<20)
    func arrivalOrderIndependent(seed: UInt64) throws {
        var simulation = try LedgerSimulation(seed: 0x0DE2_0000 + seed, withControlEntries: false)
        try simulation.run(steps: 250)
        var generator = SeededGenerator(seed: seed)
        var deliveries = simulation.votes + simulation.votes.filter { _ in generator.chance(10) }
        deliveries.shuffle(using: &generator)

        var state = try BrickPriceState(listing: simulation.listing)
        var held: [RecordedVote] = []
        var outcomes: [PricingOutcome] = []
        while !deliveries.isEmpty {
            let batch = Array(deliveries.prefix(Int.random(in: 1...40, using: &generator)))
            deliveries.removeFirst(batch.count)
            let result = try PriceAggregator.applyArrivals(batch, held: held, to: state, config: Fixture.config)
            state = result.state
            held = result.waiting
            outcomes += result.outcomes
        }
        #expect(held.isEmpty)
        #expect(state == simulation.state)
        #expect(outcomes == simulation.outcomes)
    }

    @Test("determinism: the same seed gives the same ledger, outcomes and state")
    func deterministic() throws {
        var first = try LedgerSimulation(seed: 42)
        var second = try LedgerSimulation(seed: 42)
        try first.run(steps: 300)
        try second.run(steps: 300)
        #expect(first.ledger == second.ledger && first.outcomes == second.outcomes && first.state == second.state)
        #expect(first.outcomes.moves.count > 0 && first.outcomes.cycleChanges.count > 0)
    }
}

/// The properties above only mean something if the simulation reaches every path.
struct SimulationCoverageTests {
    @Test("the seeded simulations reach freezes, both timeout paths, rechecks, stale votes, catch-up and absorption")
    func simulationReachesEveryPath() throws {
        var results: [AggregationResult] = []
        var ledger: [LedgerEntry] = []
        for seed in 0..<20 as Range<UInt64> {
            var simulation = try LedgerSimulation(seed: 0x4E91_0000 + seed)
            try simulation.run(steps: 250)
            results += simulation.results
            ledger += simulation.ledger
        }
        let outcomes = results.flatMap(\.outcomes)
        let dispositions = Set(results.map(\.disposition))
        #expect(dispositions == [.applied, .skippedFrozen, .skippedStaleCycle, .control])
        #expect(Set(outcomes.freezeChanges.map(\.reason)) == [.fairConsensus, .timeout, .recheck])
        #expect(Set(outcomes.cycleChanges.map(\.cause)) == [.qualifiedMove, .freezeTimeout, .recheck])
        let timeoutEntries = ledger.filter { if case .control(let entry) = $0 { entry.kind == .freezeTimeout } else { false } }
        #expect(timeoutEntries.count < outcomes.freezeChanges.filter { $0.reason == .timeout }.count, "vote path too")
        #expect(ledger.contains { if case .control(let entry) = $0 { entry.kind == .recheck(.deadBrick) } else { false } })
        #expect(results.contains { $0.sizing?.catchUpActive == true })
        #expect(results.contains { $0.sizing?.clustered == true })
        #expect(results.contains { $0.momentumAbsorbed })
        #expect(Set(outcomes.moves.map(\.direction)) == [.up, .down])
    }
}
