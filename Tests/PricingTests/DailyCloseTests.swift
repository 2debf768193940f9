import EventContracts
import Foundation
import PricingDomain
import Testing

@testable import pricing

@Suite("Daily close against PostgreSQL")
struct DailyCloseTests {
    let brick = UUID()

    static func utc(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    func close(_ db: PricingDatabase, now: Date) async throws -> [BrickPriceClosed] {
        let store = db.store
        let config = db.config
        let events = try await db.pool.transaction { connection in
            try DailyCloseJob.closeDays(store: store, config: config, now: now, on: connection).map { event -> BrickPriceClosed? in
                if case .priceClosed(let closed) = event { return closed.data }
                return nil
            }
        }
        return events.compactMap { $0 }
    }

    @Test("closes across the end of daylight saving use each day's own 23:07 New York window, caught up later")
    func acrossDaylightSavingChange() async throws {
        let listing = VoteFactory.listing(brick, priceCents: 10_000, at: try Self.utc("2026-10-31T12:00:00Z"))
        var pure = try PureLedger(listing: listing)
        for minute in 0..<6 { try pure.vote(.over, at: try Self.utc("2026-10-31T20:00:00Z").addingTimeInterval(Double(minute) * 60)) }
        let closeOct31 = pure.state.livePrice.rawValue
        try pure.vote(.fair, at: try Self.utc("2026-11-01T03:30:00Z"))  // 23:30 EDT Oct 31: after that day's close
        try pure.vote(.fair, at: try Self.utc("2026-11-02T03:30:00Z"))  // 22:30 EST Nov 1: before Nov 1's close
        try pure.vote(.fair, at: try Self.utc("2026-11-02T04:30:00Z"))  // 23:30 EST Nov 1: belongs to Nov 2
        for minute in 0..<5 { try pure.vote(.over, at: try Self.utc("2026-11-02T15:00:00Z").addingTimeInterval(Double(minute) * 60)) }
        let closeNov2 = pure.state.livePrice.rawValue
        try #require(closeNov2 != closeOct31)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let first = try await close(db, now: try Self.utc("2026-11-03T12:00:00Z"))
            #expect(first.map(\.day) == ["2026-10-31", "2026-11-01", "2026-11-02"])
            #expect(first.map(\.votesToday) == [6, 2, 6])
            #expect(first.map(\.closePriceCents) == [closeOct31, closeOct31, closeNov2])
            #expect(try await close(db, now: try Self.utc("2026-11-03T12:00:00Z")).isEmpty)
            let quiet = try await close(db, now: try Self.utc("2026-11-04T12:00:00Z"))
            #expect(quiet.map(\.day) == ["2026-11-03"])
            #expect(quiet.map(\.votesToday) == [0])
            #expect(quiet.map(\.closePriceCents) == [closeNov2])
            #expect(try await db.count("SELECT count(*) FROM {schema}.brick_price_history") == 4)
        }
    }
}
