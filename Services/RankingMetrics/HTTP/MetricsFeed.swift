import Foundation
import Logging
import Postgres
import RankingMetricsDomain
import ServiceLifecycle
import Synchronization

/// Live updates, one per replica: a single `LISTEN` connection on the store's metrics channel
/// wakes every open stream of the notified period.
///
/// `NOTIFY` is sent by ``MetricsRecalculator`` in its transaction, so it arrives only once the new
/// snapshot is committed, on every replica, whichever one recalculated. A wake-up carries no data:
/// the stream re-reads the period's snapshot version, so a notification lost while the listener
/// reconnects costs nothing but latency (every stream is woken after a reconnect).
final class MetricsFeed: Service, Sendable {
    private struct Subscriber {
        let period: PeriodID
        let continuation: AsyncStream<Void>.Continuation
    }

    let channel: String
    let databaseURL: String
    let logger: Logger
    // The open streams, guarded by the mutex; touched by request handlers and the listener task.
    private let subscribers = Mutex<[UUID: Subscriber]>([:])
    private let listening = Atomic<Bool>(false)

    init(channel: String, databaseURL: String, logger: Logger) {
        self.channel = channel
        self.databaseURL = databaseURL
        self.logger = logger
    }

    /// Whether `LISTEN` is active (after the first connect); streams opened before only miss latency.
    var isListening: Bool { listening.load(ordering: .acquiring) }

    /// Listens until graceful shutdown (or cancellation), then ends every open stream.
    func run() async throws {
        let listener = PostgresListener(
            url: databaseURL, channels: [channel], applicationName: "ranking-metrics-feed", logger: logger)
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await event in listener.events { self.deliver(event) }
            }
            try? await gracefulShutdown()
            await listener.shutdown()
        }
        let open = subscribers.withLock { $0.values.map(\.continuation) }
        for continuation in open { continuation.finish() }
    }

    /// A stream of wake-ups for `period` (coalesced: at most one waits); finishing it unsubscribes.
    func subscribe(_ period: PeriodID) -> (wakes: AsyncStream<Void>, continuation: AsyncStream<Void>.Continuation) {
        let (wakes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        subscribers.withLock { $0[id] = Subscriber(period: period, continuation: continuation) }
        continuation.onTermination = { [weak self] _ in _ = self?.subscribers.withLock { $0.removeValue(forKey: id) } }
        return (wakes, continuation)
    }

    /// Routes one listener event: a notification wakes its period's streams, a reconnect wakes all.
    func deliver(_ event: ListenerEvent) {
        let targets: [AsyncStream<Void>.Continuation]
        switch event {
        case .notification(let channel, let payload) where channel == self.channel:
            targets = subscribers.withLock { $0.values.filter { $0.period.rawValue == payload }.map(\.continuation) }
        case .notification:
            targets = []
        case .reconnected:
            listening.store(true, ordering: .releasing)
            targets = subscribers.withLock { $0.values.map(\.continuation) }
        }
        for continuation in targets { continuation.yield() }
    }
}
