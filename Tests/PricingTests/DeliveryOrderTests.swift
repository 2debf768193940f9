import EventContracts
import Foundation
import PricingDomain
import Testing

@testable import pricing

@Suite("Delivery order and replay")
struct DeliveryOrderTests {
    @Test("the same votes in shuffled batches with duplicates end in the in-order state, and replay agrees", arguments: [7, 42, 1_234] as [UInt64])
    func shuffledDeliveries(seed: UInt64) async throws {
        var random = SplitMix(seed: seed)
        let bricks = (0..<3).map { _ in UUID() }
        let listings = bricks.map { VoteFactory.listing($0, priceCents: Int64.random(in: 500...90_000, using: &random)) }
        var pures = try listings.map(PureLedger.init)
        var clock = VoteFactory.t0
        for step in 0..<240 {
            clock = clock.addingTimeInterval(Double(Int.random(in: 1...900, using: &random)))
            let moods: [EventContracts.VoteType] = step % 80 < 40 ? [.over, .over, .fair] : [.under, .fair, .under]
            let index = Int.random(in: 0..<pures.count, using: &random)
            try pures[index].vote(
                moods.randomElement(using: &random) ?? .fair, user: UUID(), at: clock,
                weight: [0.5, 1, 1.25].randomElement(using: &random) ?? 1, ip: "ip-\(Int.random(in: 1...9, using: &random))")
        }
        var deliveries = try pures.flatMap { try $0.events.map(VoteFactory.input) }
        deliveries += try deliveries.shuffled(using: &random).prefix(60).map { $0 }  // redeliveries
        deliveries.shuffle(using: &random)
        try await PricingDatabase.with { db in
            try await db.apply(try listings.map(VoteFactory.input))
            var start = 0
            while start < deliveries.count {
                let end = min(deliveries.count, start + Int.random(in: 1...50, using: &random))
                try await db.apply(Array(deliveries[start..<end]))
                start = end
            }
            for pure in pures {
                let stored = try #require(try await db.state(pure.state.brickId))
                #expect(stored.differences(comparedTo: pure.state).isEmpty, "brick \(pure.state.brickId)")
            }
            let report = try await StateReplay(store: db.store, config: db.config).run(brickId: nil, pool: db.pool)
            #expect(report.bricksChecked == 3)
            #expect(report.entriesReplayed == 240)
            #expect(report.mismatches.isEmpty)
        }
    }

    @Test("replay names the field of a stored state that the ledger does not explain")
    func replayFindsTampering() async throws {
        let brick = UUID()
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for minute in 0..<8 { try pure.vote(.over, at: VoteFactory.t0.addingTimeInterval(Double(minute) * 60)) }
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let replay = StateReplay(store: db.store, config: db.config)
            #expect(try await replay.run(brickId: brick, pool: db.pool).mismatches.isEmpty)
            _ = try await db.count("WITH t AS (UPDATE {schema}.brick_price_state SET live_price_cents = live_price_cents + 1 RETURNING 1) SELECT count(*) FROM t")
            let report = try await replay.run(brickId: brick, pool: db.pool)
            #expect(report.mismatches.count == 1)
            #expect(report.mismatches.first?.differences.map(\.field) == ["livePrice"])
            #expect(report.mismatches.first?.description.contains("livePrice") == true)
        }
    }
}

/// A seeded generator (SplitMix64), so a failing seed reproduces.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
