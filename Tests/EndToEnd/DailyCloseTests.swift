import EventContracts
import Foundation
import Postgres
import Testing

extension EndToEnd {
    /// Story 4. Pricing's daily-close job (P-29: 23:07 New York) looks every `JOB_INTERVAL_SECONDS`
    /// (1 s here) and catches up every day due since the first listing. A brick listed three days ago
    /// therefore gets a close for each of its days as soon as the job sees it; with no votes each close
    /// is the listing price. It runs on a pricing of its own: the closed-up-to day is one per schema, so a
    /// brick another story lists "now" after 23:07 New York would close today first and leave nothing to
    /// catch up.
    @Suite("End-to-end daily close", .timeLimit(.minutes(3)))
    struct DailyCloseTests {
        @Test("a brick listed three days ago gets one brick.price.closed per due day, and the history endpoint returns them")
        func dailyCloseIsRecorded() async throws {
            try await SystemUnderTest.run(services: [.pricing]) { system in
                let closes = try CloseCalendar(listedDaysAgo: 3)

                let brick = UUID()
                try await system.publish([Outside.brick(brick, priceCents: 12_345, listedAt: closes.listedAt)])
                // The days due when the job looked: those due now, or (when the story crosses 23:07 New York
                // while it waits) those due when it started. Either way, exactly one close per due day.
                let dueAtStart = closes.dueDays(at: Date())
                let closed = try await system.awaitEvents(BrickPriceClosed.self, subject: About.brick(brick)) {
                    $0.count >= closes.dueDays(at: Date()).count
                }.map(\.data).sorted { $0.day < $1.day }
                let expectedDays = closed.count == dueAtStart.count ? dueAtStart : closes.dueDays(at: Date())
                #expect(dueAtStart.count >= 3)
                #expect(closed.map(\.day) == expectedDays)
                #expect(closed.allSatisfy { $0.closePriceCents == 12_345 && $0.votesToday == 0 })

                let first = try #require(expectedDays.first)
                let last = try #require(expectedDays.last)
                let history = try await system.get(.pricing, "/api/bricks/\(brick.lowercaseText)/history?from=\(first)&to=\(last)")
                #expect(history.status == 200)
                let served = try history.decode(HistoryReply.self).closes.sorted { $0.day < $1.day }
                #expect(served.map(\.day) == expectedDays)
                #expect(served.map(\.closePriceCents) == closed.map(\.closePriceCents))
            }
        }
    }
}

/// Pricing's `GET /api/bricks/{id}/history` answer, as far as the story reads it.
struct HistoryReply: Decodable {
    struct Close: Decodable {
        let day: String
        let closePriceCents: Int64

        enum CodingKeys: String, CodingKey {
            case day
            case closePriceCents = "close_price_cents"
        }
    }

    let closes: [Close]
}
