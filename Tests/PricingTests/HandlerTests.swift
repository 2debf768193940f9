import EventContracts
import Foundation
import Postgres
import PricingDomain
import ServiceKit
import TestSupport
import Testing

@testable import pricing

@Suite("Pricing handler against PostgreSQL")
struct HandlerTests {
    let brick = UUID()

    @Test("a listing and a batch of votes store the core's state, the ledger, and one coalesced state event")
    func votesApplyInOneBatch() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for minute in 0..<7 { try pure.vote(.over, at: VoteFactory.t0.addingTimeInterval(Double(minute) * 600)) }
        try await PricingDatabase.with { db in
            let (events, roundTrips) = try await db.apply(
                [try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let stored = try #require(try await db.state(brick))
            #expect(stored.differences(comparedTo: pure.state).isEmpty)
            #expect(stored.appliedBrickSeq == 7)
            #expect(stored.livePrice > stored.baselinePrice)
            #expect(events.compactMap(\.stateUpdate).count == 1)
            #expect(events.compactMap(\.stateUpdate).first?.appliedBrickSeq == 7)
            let moves = events.filter { if case .priceMoved = $0 { true } else { false } }
            #expect(!moves.isEmpty)
            #expect(roundTrips == 2)  // two pipelines
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE applied") == 7)
            #expect(try await db.count("SELECT count(*) FROM {schema}.price_moves") == moves.count)
        }
    }

    @Test("votes delivered out of order are held until the gap fills, then give the in-order state")
    func outOfOrderVotesWait() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for minute in 0..<6 { try pure.vote(minute % 3 == 0 ? .under : .over, at: VoteFactory.t0.addingTimeInterval(Double(minute) * 60)) }
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)])
            let late = try await db.apply(try pure.events[2...].map(VoteFactory.input))
            #expect(late.events.isEmpty)
            #expect(try await db.state(brick)?.appliedBrickSeq == 0)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE NOT applied") == 4)
            try await db.apply(try pure.events[..<2].map(VoteFactory.input))
            let stored = try #require(try await db.state(brick))
            #expect(stored.differences(comparedTo: pure.state).isEmpty)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE NOT applied") == 0)
        }
    }

    @Test("a second vote at a taken brickSeq is ignored; the first one stays")
    func duplicateSequenceIgnored() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        try pure.vote(.over, at: VoteFactory.t0)
        let impostor = try VoteFactory.vote(.under, on: try PureLedger(listing: listing).state, seq: 1, at: VoteFactory.t0)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing), try VoteFactory.input(pure.events[0])])
            let again = try await db.apply([try VoteFactory.input(impostor), try VoteFactory.input(pure.events[0])])
            #expect(again.events.isEmpty)
            let stored = try #require(try await db.state(brick))
            #expect(stored.differences(comparedTo: pure.state).isEmpty)
            #expect(stored.counters.over == 1 && stored.counters.under == 0)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger") == 1)
        }
    }

    @Test("votes for a brick not listed yet are held and apply when the listing arrives")
    func votesBeforeListing() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for minute in 0..<3 { try pure.vote(.fair, at: VoteFactory.t0.addingTimeInterval(Double(minute) * 60)) }
        try await PricingDatabase.with { db in
            let early = try await db.apply(try pure.events.map(VoteFactory.input))
            #expect(early.events.isEmpty)
            #expect(try await db.state(brick) == nil)
            let listed = try await db.apply([try VoteFactory.input(listing)])
            #expect(listed.events.compactMap(\.stateUpdate).map(\.appliedBrickSeq) == [3])
            #expect(try #require(try await db.state(brick)).differences(comparedTo: pure.state).isEmpty)
        }
    }

    @Test("a batch with a brick's first votes waits for a concurrent batch listing it, then applies them")
    func concurrentListingAndVotes() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for minute in 0..<4 { try pure.vote(.over, at: VoteFactory.t0.addingTimeInterval(Double(minute) * 60)) }
        let votes = try pure.events.map(VoteFactory.input)
        try await PricingDatabase.with { db in
            // Another replica lists the brick and has not committed yet.
            let replica = try PostgresConnection(url: TestEnvironment.databaseURL)
            try replica.query("BEGIN")
            _ = try db.handler.process([try VoteFactory.input(listing)], on: replica)
            let second = Task { try await db.apply(votes) }
            try await Task.sleep(for: .milliseconds(300))
            try replica.query("COMMIT")
            replica.close()
            _ = try await second.value
            #expect(try #require(try await db.state(brick)).differences(comparedTo: pure.state).isEmpty)
        }
    }

    @Test("a batch costs the same round trips for 1 vote as for 400 votes on 20 bricks")
    func constantRoundTrips() async throws {
        try await PricingDatabase.with { db in
            var inputs: [PricingInput] = []
            var pures: [PureLedger] = []
            for _ in 0..<20 {
                let listing = VoteFactory.listing(UUID())
                inputs.append(try VoteFactory.input(listing))
                pures.append(try PureLedger(listing: listing))
            }
            try await db.apply(inputs)
            var single = pures[0]
            try single.vote(.over, at: VoteFactory.t0)
            let one = try await db.apply([try VoteFactory.input(single.events[0])])
            var many: [PricingInput] = []
            for index in 1..<20 {
                for second in 0..<21 {
                    try pures[index].vote(second % 2 == 0 ? .over : .fair, at: VoteFactory.t0.addingTimeInterval(Double(second)))
                }
                many += try pures[index].events.map(VoteFactory.input)
            }
            let bulk = try await db.apply(many)
            #expect(one.roundTrips == 2)
            #expect(bulk.roundTrips == one.roundTrips)
            #expect(bulk.events.compactMap(\.stateUpdate).count == 19)
            for pure in pures[1...] {
                #expect(try #require(try await db.state(pure.state.brickId)).differences(comparedTo: pure.state).isEmpty)
            }
        }
    }

    @Test("an invalid vote is rejected by event id before anything is written")
    func invalidVoteRejected() async throws {
        let listing = VoteFactory.listing(brick)
        let state = try PureLedger(listing: listing).state
        let heavy = try VoteFactory.vote(.over, on: state, seq: 1, at: VoteFactory.t0, weight: 2)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)])
            let rejection = await #expect(throws: EventRejected.self) { try await db.apply([try VoteFactory.input(heavy)]) }
            #expect(rejection?.eventID == heavy.id)
            #expect(rejection?.reason.contains("weight") == true)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger") == 0)
        }
    }

    @Test("a recheck of an unknown brick is rejected; of a listed one it appends a RECHECK entry")
    func recheckRequests() async throws {
        let listing = VoteFactory.listing(brick)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)])
            let stranger = VoteFactory.recheck(UUID(), at: VoteFactory.t0)
            let rejection = await #expect(throws: EventRejected.self) { try await db.apply([try VoteFactory.input(stranger)]) }
            #expect(rejection?.eventID == stranger.id)
            let result = try await db.apply([try VoteFactory.input(VoteFactory.recheck(brick, at: VoteFactory.t0.addingTimeInterval(60)))])
            let stored = try #require(try await db.state(brick))
            #expect(stored.needsRecheck && stored.recheckEpoch == 1)
            #expect(result.events.compactMap(\.stateUpdate).first?.needsRecheck == true)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE kind = 'RECHECK' AND control_index = 1") == 1)
        }
    }

    @Test("a FAIR-heavy crowd freezes the brick without a move and announces it")
    func fairCrowdFreezes() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for index in 0..<20 { try pure.vote(.fair, at: VoteFactory.t0.addingTimeInterval(Double(index) * 300)) }
        try await PricingDatabase.with { db in
            let result = try await db.apply([try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let stored = try #require(try await db.state(brick))
            #expect(stored.freezeMode)
            #expect(stored.livePrice == stored.baselinePrice)
            let freezes = result.events.compactMap { event -> BrickFreezeChanged? in
                if case .freezeChanged(let change) = event { return change.data }
                return nil
            }
            #expect(freezes.map(\.reason) == [.fairConsensus])
            #expect(freezes.first?.freezeUntil == stored.freezeUntil)
        }
    }
}
