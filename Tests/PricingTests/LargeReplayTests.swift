import EventContracts
import Foundation
import PricingDomain
import Testing

@testable import pricing

@Suite("A 100,000-vote run")
struct LargeReplayTests {
    @Test("after 100,000 votes on 100 bricks, applied in shuffled batches of 500, replay reports no difference")
    func hundredThousandVotes() async throws {
        var random = SplitMix(seed: 2_026)
        let listings = (0..<100).map { _ in VoteFactory.listing(UUID(), priceCents: Int64.random(in: 100...2_000_000, using: &random)) }
        var pures = try listings.map(PureLedger.init)
        var clock = VoteFactory.t0
        var deliveries: [PricingInput] = []
        deliveries.reserveCapacity(100_000)
        for step in 0..<100_000 {
            clock = clock.addingTimeInterval(Double(Int.random(in: 1...40, using: &random)))
            let index = Int.random(in: 0..<pures.count, using: &random)
            let moods: [EventContracts.VoteType] =
                switch (step / 2_000 + index) % 3 {
                case 0: [.over, .over, .fair]
                case 1: [.under, .under, .fair]
                default: [.fair, .fair, .over, .under]
                }
            try pures[index].vote(
                moods.randomElement(using: &random) ?? .fair, at: clock,
                weight: [0, 0.5, 1, 1.15, 1.25].randomElement(using: &random) ?? 1,
                verified: Int.random(in: 0..<10, using: &random) > 0, ip: "ip-\(Int.random(in: 0..<40, using: &random))")
            if let last = pures[index].events.last { deliveries.append(try VoteFactory.input(last)) }
        }
        try await PricingDatabase.with { db in
            try await db.apply(try listings.map(VoteFactory.input))
            for start in stride(from: 0, to: deliveries.count, by: 500) {
                try await db.apply(Array(deliveries[start..<min(start + 500, deliveries.count)]).shuffled(using: &random))
            }
            let report = try await StateReplay(store: db.store, config: db.config).run(brickId: nil, pool: db.pool)
            #expect(report.bricksChecked == 100)
            #expect(report.entriesReplayed == 100_000)
            #expect(report.mismatches.isEmpty)
            for pure in pures {
                #expect(try #require(try await db.state(pure.state.brickId)).differences(comparedTo: pure.state).isEmpty)
            }
            #expect(try await db.count("SELECT count(*) FROM {schema}.price_moves") > 100)
        }
    }
}
