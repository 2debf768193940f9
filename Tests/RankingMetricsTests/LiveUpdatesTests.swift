import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import RankingMetricsDomain
import ServiceKit
import TestSupport
import Testing

@testable import ranking_metrics

/// The SSE stream and the debounced recalculation behind it, over a real schema and a real
/// `LISTEN` connection: a recalculation committed while the stream is open reaches it through NOTIFY.
@Suite struct LiveUpdatesTests {
    /// The `data:` lines of the stream's `metrics` events, decoded, with their `id:` versions.
    static func events(in body: String) throws -> [(version: Int, view: PeriodMetricsView)] {
        try body.components(separatedBy: "\n\n").compactMap { frame in
            let lines = frame.split(separator: "\n").map(String.init)
            guard lines.contains("event: metrics"),
                let id = lines.first(where: { $0.hasPrefix("id: ") }).flatMap({ Int($0.dropFirst(4)) }),
                let data = lines.first(where: { $0.hasPrefix("data: ") })?.dropFirst(6)
            else { return nil }
            return (id, try JSONDecoder.iso.decode(PeriodMetricsView.self, from: Data(data.utf8)))
        }
    }

    @Test func theStreamSendsTheSnapshotAndEveryCommittedRecalculation() async throws {
        let fixture = try await ServiceFixture()
        let feed = MetricsFeed(channel: fixture.store.metricsChannel, databaseURL: TestEnvironment.databaseURL, logger: fixture.logger)
        let listening = Task { try await feed.run() }
        do {
            try await fixture.apply(Events.period("p", topics: 3))
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 1), (1, 2)])])
            #expect(try await eventually(timeout: .seconds(60)) { feed.isListening })
            let app = try await HTTPTests().application(fixture, feed: feed)
            try await app.test(.router) { client in
                async let streamed = client.execute(uri: "/api/periods/p/metrics/stream?seconds=5", method: .get) { response in
                    (response.status, response.headers[.contentType], String(buffer: response.body))
                }
                try await Task.sleep(for: .milliseconds(800))
                try await fixture.apply([Events.rank("s2", in: "p", [(2, 1)])])
                let (status, type, body) = try await streamed
                #expect(status == .ok)
                #expect(type == "text/event-stream")
                let events = try Self.events(in: body)
                #expect(events.map(\.version) == [1, 2])
                #expect(events.first?.view.topics.map(\.topicId) == ["p-t0", "p-t1"])
                #expect(events.last?.view.topics.map(\.topicId) == ["p-t0", "p-t2", "p-t1"])
                try await client.execute(uri: "/api/periods/nope/metrics/stream", method: .get) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/api/periods/p/metrics/stream?seconds=0", method: .get) {
                    #expect($0.status == .badRequest)
                }
            }
        } catch {
            listening.cancel()
            await fixture.tearDown()
            throw error
        }
        listening.cancel()
        _ = try? await listening.value
        await fixture.tearDown()
    }

    /// D001-12: two batches 100 ms apart are one recalculation; the second waits for the interval.
    @Test func recalculationIsDebouncedPerPeriod() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 3))
            try await fixture.apply(Events.period("q", topics: 2))
            let debounced = MetricsRecalculator(store: fixture.store, intervalMilliseconds: 500)
            let t0 = ServiceFixture.fixedNow.addingTimeInterval(10)
            let run = { @Sendable (at: Date) async throws -> [String] in
                try await fixture.pool.transaction { try debounced.run(at: at, on: $0) }.map { "\($0.data.periodId)/\($0.data.topicId)" }.sorted()
            }
            try await fixture.consume([Events.rank("s1", in: "p", [(0, 1)])])
            #expect(try await run(t0) == ["p/p-t0"])
            try await fixture.consume([Events.rank("s2", in: "p", [(1, 1)]), Events.rank("s3", in: "q", [(0, 1)])])
            try await fixture.consume([Events.rank("s4", in: "p", [(1, 2), (2, 1)])])
            // p ran 100 ms ago and waits; q never ran and goes at once.
            #expect(try await run(t0.addingTimeInterval(0.1)) == ["q/q-t0"])
            #expect(try await run(t0.addingTimeInterval(0.4)) == [])
            // Both pending batches of p, coalesced, with topics de-duplicated.
            #expect(try await run(t0.addingTimeInterval(0.5)) == ["p/p-t1", "p/p-t2"])
            #expect(try await fixture.count("pending_recalculations") == 0)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}
