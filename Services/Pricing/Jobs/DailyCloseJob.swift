import EventContracts
import Foundation
import Money
import Postgres
import PricingDomain

/// B.3 / §25 / P-29: at 23:07 America/New_York each brick's close is stored in
/// `brick_price_history` and announced (`brick.price.closed`). Days missed while no replica ran
/// are caught up, each with the price that was live at ITS close and its own vote count.
enum DailyCloseJob {
    static func body(store: PricingStore, config: PricingConfig) -> PricingJob.Body {
        { connection, now in (try closeDays(store: store, config: config, now: now, on: connection), false) }
    }

    /// Closes every day due by `now` that is not closed yet; returns the events to emit.
    static func closeDays(
        store: PricingStore, config: PricingConfig, now: Date, on connection: PostgresConnection
    ) throws -> [PricingEvent] {
        let calendar = try DailyCloseCalendar(config: config)
        let lastClosed = try connection.query(store.lastClosedDay()).first.map { try $0.decode(0, as: String?.self) } ?? nil
        let firstListing = try connection.query(
            "SELECT min(listed_at) FROM \(store.table("brick_price_state"))")[0].decode(0, as: Date?.self)
        guard let firstListing else { return [] }
        let days = try calendar.daysToClose(
            lastClosedDay: try lastClosed.map { try TradingDay(parsing: $0) },
            firstDay: try calendar.tradingDay(containing: firstListing), now: now)
        guard let firstDay = days.first, let lastDay = days.last else { return [] }
        let opens = try calendar.closeInstant(of: firstDay.previous)
        let closes = try calendar.closeInstant(of: lastDay)
        let rows = try connection.pipeline([
            store.pricesAt(opens, listedBy: closes), store.moves(after: opens, until: closes),
            store.voteTimes(after: opens, until: closes), store.lastCloses(before: firstDay),
        ])
        let moves = try grouped(rows[1]) { PriceTimeline.Point(at: try $0.decode(1), price: Cents(try $0.decode(2, as: Int64.self))) }
        let votes = try grouped(rows[2]) { try $0.decode(1, as: Date.self) }
        let previous = try grouped(rows[3]) { Cents(try $0.decode(1, as: Int64.self)) }
        var computed: [DailyClose] = []
        for row in rows[0] {
            let brickId: UUID = try row.decode(0)
            let listedDay = try calendar.tradingDay(containing: try row.decode(2, as: Date.self))
            let timeline = PriceTimeline(initialPrice: Cents(try row.decode(3, as: Int64.self)), points: moves[brickId] ?? [])
            computed += try DailyClose.closes(
                brickId: brickId, days: days.filter { $0 >= listedDay }, calendar: calendar, timeline: timeline,
                voteTimes: votes[brickId] ?? [], previousClose: previous[brickId]?.last)
        }
        let inserted = Set(try connection.query(store.insertCloses(computed)).map { row throws(PostgresError) in
            "\(try row.decode(0, as: UUID.self)):\(try row.decode(1, as: String.self))"
        })
        try connection.query(store.recordClosedDay(lastDay))
        return try computed.filter { inserted.contains("\($0.brickId):\($0.day)") }.map { close in
            .priceClosed(PricingEvent.make(
                BrickPriceClosed(
                    brickId: close.brickId.lowercaseText, day: close.day.description, closePriceCents: close.closePrice.rawValue,
                    votesToday: Int64(close.votesToday)),
                at: try calendar.closeInstant(of: close.day), origin: nil))
        }
    }

    /// Rows keyed by the brick id in column 0.
    private static func grouped<Value>(
        _ rows: PostgresRows, _ value: (PostgresRow) throws -> Value
    ) throws -> [UUID: [Value]] {
        var result: [UUID: [Value]] = [:]
        for row in rows { result[try row.decode(0, as: UUID.self), default: []].append(try value(row)) }
        return result
    }
}
