import Foundation
import Money
import PricingDomain
import Testing

/// P-29, §25, B.3: 23:07 New York closes, trading-day windows, catch-up, repeat-last-close.
struct DailyCloseTests {
    let calendar: DailyCloseCalendar

    init() throws {
        calendar = try DailyCloseCalendar(config: .standard)
    }

    func day(_ text: String) throws -> TradingDay { try TradingDay(parsing: text) }
    func instant(_ epoch: TimeInterval) -> Date { Date(timeIntervalSince1970: epoch) }

    @Test("P-29: 23:07 New York is 04:07Z in winter (EST) and 03:07Z in summer (EDT), also on DST change days")
    func closeInstants() throws {
        #expect(try calendar.closeInstant(of: day("2026-11-23")) == instant(1_795_493_220))  // 2026-11-24T04:07Z
        #expect(try calendar.closeInstant(of: day("2026-07-01")) == instant(1_782_961_620))  // 2026-07-02T03:07Z
        #expect(try calendar.closeInstant(of: day("2026-03-08")) == instant(1_773_025_620))  // spring forward
        #expect(try calendar.closeInstant(of: day("2026-11-01")) == instant(1_793_592_420))  // fall back
        #expect(try calendar.closeInstant(of: day("2026-03-07")) == instant(1_772_942_820))  // still EST
    }

    @Test("P-29: day D is (close(D−1), close(D)]: exactly at the close is D, a millisecond later is D+1")
    func tradingDayWindows() throws {
        let close = instant(1_795_493_220)
        #expect(try calendar.tradingDay(containing: close) == day("2026-11-23"))
        #expect(try calendar.tradingDay(containing: close.addingTimeInterval(0.001)) == day("2026-11-24"))
        #expect(try calendar.tradingDay(containing: Fixture.listedAt) == day("2026-11-23"))  // 05:00 New York
        #expect(try calendar.lastClosedDay(asOf: close) == day("2026-11-23"))
        #expect(try calendar.lastClosedDay(asOf: close.addingTimeInterval(-1)) == day("2026-11-22"))
    }

    @Test("P-29 catch-up: from the day after the last close up to the last day closed by now")
    func daysToClose() throws {
        let first = try day("2026-11-01")
        let beforeClose = instant(1_795_493_219)
        #expect(try calendar.daysToClose(lastClosedDay: day("2026-11-20"), firstDay: first, now: beforeClose)
            == [day("2026-11-21"), day("2026-11-22")])
        #expect(try calendar.daysToClose(lastClosedDay: day("2026-11-20"), firstDay: first, now: instant(1_795_493_220))
            == [day("2026-11-21"), day("2026-11-22"), day("2026-11-23")])
        #expect(try calendar.daysToClose(lastClosedDay: day("2026-11-23"), firstDay: first, now: instant(1_795_493_220)).isEmpty)
        #expect(try calendar.daysToClose(lastClosedDay: nil, firstDay: day("2026-11-22"), now: beforeClose) == [day("2026-11-22")])
    }

    @Test("B.3 / §25: the close is the price live at the close; a day without votes repeats the last close")
    func closes() throws {
        let listing = Fixture.listing()
        // Moves: 2026-11-23 12:00Z → 112.00; 2026-11-24 05:00Z (after the 23rd's close) → 125.60.
        let moves = [(1_795_435_200.0, Cents(11_200)), (1_795_496_400.0, Cents(12_560))].map { at, price in
            PriceMove(
                brickId: Fixture.brickId, from: 0, to: price, direction: .up, anchor: 0, finalStep: 0,
                cycleId: Fixture.brickId, causedByVoteEventId: 1, at: instant(at))
        }
        let timeline = PriceTimeline(listing: listing, moves: moves)
        let votes = [1_795_435_200.0, 1_795_493_220, 1_795_496_400, 1_795_496_401].map(instant)
        let days = [try day("2026-11-23"), try day("2026-11-24"), try day("2026-11-25")]
        let closes = try DailyClose.closes(
            brickId: Fixture.brickId, days: days, calendar: calendar, timeline: timeline, voteTimes: votes.reversed(),
            previousClose: 10_000)
        #expect(closes.map(\.closePrice) == [11_200, 12_560, 12_560])
        #expect(closes.map(\.votesToday) == [2, 2, 0])
        #expect(closes.map(\.day) == days)
    }

    @Test("a day without votes repeats the previous close even when the timeline disagrees")
    func repeatLastClose() throws {
        let timeline = PriceTimeline(initialPrice: 10_000, points: [])
        let closes = try DailyClose.closes(
            brickId: Fixture.brickId, days: [try day("2026-11-23")], calendar: calendar, timeline: timeline,
            voteTimes: [], previousClose: 9_000)
        #expect(closes.first?.closePrice == 9_000 && closes.first?.votesToday == 0)
    }

    @Test("trading days: civil arithmetic, strict YYYY-MM-DD, leap years, JSON as a string")
    func tradingDays() throws {
        #expect(try day("1970-01-01").dayNumber == 0)
        #expect(try day("2000-03-01").dayNumber == 11_017)
        #expect(try day("2026-11-23").dayNumber == 20_780)
        #expect(try day("2024-02-29").next == day("2024-03-01"))
        #expect(try day("2026-01-01").previous.description == "2025-12-31")
        for bad in ["2026-02-29", "1900-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01x", "", "0000-01-01"] {
            #expect(throws: DailyCloseError.invalidDay(bad)) { try TradingDay(parsing: bad) }
        }
        let json = try JSONEncoder().encode([try day("2026-11-23")])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2026-11-23\"]")
        #expect(try JSONDecoder().decode([TradingDay].self, from: json) == [day("2026-11-23")])
    }

    @Test("trading days round-trip through their text for every day of four centuries")
    func tradingDayRoundTrip() throws {
        for number in stride(from: -100_000, through: 100_000, by: 7) {
            let original = TradingDay(dayNumber: number)
            #expect(try TradingDay(parsing: original.description) == original)
        }
    }

    @Test("an unknown time zone is refused by name")
    func unknownZone() {
        var config = PricingConfig.standard
        config.dailyCloseTimeZone = "Mars/Olympus_Mons"
        #expect(throws: DailyCloseError.unknownTimeZone("Mars/Olympus_Mons")) { try DailyCloseCalendar(config: config) }
    }
}
