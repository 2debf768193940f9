import Foundation
import Hummingbird
import NIOCore
import Postgres
import RankingMetricsDomain
import ServiceKit
import ServiceLifecycle

/// `GET /api/periods/{id}/metrics/stream`: Server-Sent Events with the period's metrics snapshot,
/// sent at once and again whenever a recalculation commits a new one (`id:` is the snapshot version).
///
/// SSE rather than WebSocket: updates flow one way, it is plain HTTP through every proxy, and
/// `EventSource` reconnects by itself. A stream lasts `seconds` (default 300) and ends on graceful
/// shutdown, so no connection holds a replica open; the `retry:` field makes the browser reconnect.
struct MetricsStream: Sendable {
    let store: RankingStore
    let pool: PostgresPool
    let feed: MetricsFeed
    /// Comment lines keep proxies from timing the stream out and notice a client that left.
    var keepAlive: Duration = .seconds(15)

    static let maximumSeconds = 3_600

    func response(period: PeriodID, seconds: Int) async throws -> Response {
        guard (1...Self.maximumSeconds).contains(seconds) else {
            throw ProblemDetails.badRequest("seconds must be within 1...\(Self.maximumSeconds), got \(seconds)", field: "seconds")
        }
        let store = store
        guard try await pool.withConnection({ try store.metricsVersion(period, on: $0) }) != nil else {
            throw ProblemDetails.notFound("period \(period) is unknown")
        }
        let subscription = feed.subscribe(period)
        let body = ResponseBody { writer in
            try await stream(period, wakes: subscription.wakes, continuation: subscription.continuation, for: .seconds(seconds), to: &writer)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    private func stream(
        _ period: PeriodID, wakes: AsyncStream<Void>, continuation: AsyncStream<Void>.Continuation, for lifetime: Duration,
        to writer: inout any ResponseBodyWriter
    ) async throws {
        defer { continuation.finish() }
        let keepAlive = keepAlive
        try await withThrowingTaskGroup(of: Void.self) { group in
            // The clock: wakes the loop for keep-alives and ends the stream at its deadline.
            group.addTask {
                let deadline = ContinuousClock.now + lifetime
                while ContinuousClock.now < deadline {
                    try await Task.sleep(until: min(deadline, ContinuousClock.now + keepAlive))
                    continuation.yield()
                }
                continuation.finish()
            }
            try await withGracefulShutdownHandler {
                try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
                var sent: Int?
                var iterator = wakes.makeAsyncIterator()
                repeat {
                    if let frame = try await frame(period, after: sent) {
                        try await writer.write(ByteBuffer(string: frame.text))
                        sent = frame.version
                    } else {
                        try await writer.write(ByteBuffer(string: ":\n\n"))
                    }
                } while await iterator.next() != nil
            } onGracefulShutdown: {
                continuation.finish()
            }
            group.cancelAll()
        }
        try await writer.finish(nil)
    }

    /// The SSE frame of the period's snapshot when its version differs from `sent`.
    private func frame(_ period: PeriodID, after sent: Int?) async throws -> (version: Int, text: String)? {
        let store = store
        let snapshot = try await pool.withConnection { connection -> (Int, [StoredTopicMetrics])? in
            guard let version = try store.metricsVersion(period, on: connection), version != sent else { return nil }
            return (version, try store.periodMetrics(period, on: connection) ?? [])
        }
        guard let (version, rows) = snapshot else { return nil }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(PeriodMetricsView(periodId: period.rawValue, topics: rows.map(TopicMetricsView.init))), as: UTF8.self)
        return (version, "id: \(version)\nevent: metrics\ndata: \(json)\n\n")
    }
}
