import Foundation
import Money
import PricingDomain

/// A seeded market: voting stamps votes from pricing's current state (sometimes a stale cycle),
/// crowds drift between OVER, UNDER, FAIR and mixed moods, time jumps past freeze deadlines and
/// dead-brick limits, and pricing appends control entries when they are due. Every entry is
/// applied as the live service would, so the ledger, the outcomes and the state are the
/// reference for replay and reordering properties.
struct LedgerSimulation {
    var generator: SeededGenerator
    let listing: BrickListing
    let withControlEntries: Bool
    var state: BrickPriceState
    var ledger: [LedgerEntry] = []
    var votes: [RecordedVote] = []
    var outcomes: [PricingOutcome] = []
    var results: [AggregationResult] = []
    private var clock: TimeInterval = 0
    private var mood: VoteType? = .over
    /// A burst of quick votes from two ips, the pattern P-18's clustering test catches.
    private var brigade = false

    init(seed: UInt64, withControlEntries: Bool = true) throws {
        generator = SeededGenerator(seed: seed)
        let price = Cents(Int64.random(in: 50...500_000, using: &generator))
        listing = Fixture.listing(price: price)
        self.withControlEntries = withControlEntries
        state = try BrickPriceState(listing: listing)
    }

    mutating func run(steps: Int) throws {
        for _ in 0..<steps { try step() }
    }

    private mutating func step() throws {
        advanceClock()
        let now = Fixture.time(clock)
        if withControlEntries, let control = controlEntry(now: now) {
            try record(.control(control))
            return
        }
        if generator.chance(4) { mood = [VoteType.over, .under, .fair, nil].randomElement(using: &generator) ?? nil }
        try record(.vote(try nextVote(at: now)))
    }

    private mutating func advanceClock() {
        if generator.chance(4) { brigade.toggle() }
        if brigade {
            clock += Double(Int.random(in: 1...5, using: &generator))
            return
        }
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<70: clock += Double(Int.random(in: 1...120, using: &generator))
        case 70..<97: clock += Double(Int.random(in: 120...7_200, using: &generator))
        default: clock += Double(Int.random(in: 1...40, using: &generator)) * 86_400
        }
    }

    private mutating func controlEntry(now: Date) -> ControlEntry? {
        if generator.chance(50), let timeout = FreezeTimeout.entryIfDue(for: state, now: now) { return timeout }
        if let dead = DeadBrick.entryIfDue(for: state, now: now, config: Fixture.config) { return dead }
        if generator.chance(2) { return Recheck.operatorEntry(for: state, reason: "qa", at: now) }
        return nil
    }

    private mutating func nextVote(at now: Date) throws -> RecordedVote {
        let type = mood ?? VoteType.allCases.randomElement(using: &generator) ?? .fair
        let chosen = generator.chance(80) ? type : (VoteType.allCases.randomElement(using: &generator) ?? type)
        let weights = [0, 0.5, 0.75, 0.9, 1.0, 1.0, 1.0, 1.15, 1.25]
        let user = Int.random(in: 1...25, using: &generator)
        let ipCount = brigade ? 2 : 6
        let ip = generator.chance(5) ? nil : "ip-\(Int.random(in: 1...ipCount, using: &generator))"
        var cycle = state.cycleNumber
        if FreezeTimeout.isDue(state, now: now) { cycle += 1 }  // voting's P-22 path
        if cycle > 1, generator.chance(3) { cycle -= 1 }  // a stale stamp (P-05)
        return try Fixture.vote(
            chosen, on: state, user: user, at: now, weight: weights.randomElement(using: &generator) ?? 1,
            verified: generator.chance(85), ip: ip, cycleNumber: cycle)
    }

    private mutating func record(_ entry: LedgerEntry) throws {
        let result = try PriceAggregator.apply(entry, to: state, config: Fixture.config)
        state = result.state
        ledger.append(entry)
        if case .vote(let vote) = entry { votes.append(vote) }
        outcomes += result.outcomes
        results.append(result)
    }
}
