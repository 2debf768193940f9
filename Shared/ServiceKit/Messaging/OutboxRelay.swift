import AMQP
import Foundation
import Logging
import Metrics
import Postgres
import ServiceLifecycle
import Synchronization

/// Publishes committed outbox rows with publisher confirms and deletes them once confirmed.
///
/// Replicas share the work: a round locks up to `batchSize` rows with `FOR UPDATE SKIP LOCKED` in a
/// transaction that stays open while the broker confirms them, then deletes the confirmed ones and
/// commits. A relay that dies mid-round leaves its transaction to roll back, and the rows to be published
/// again by whichever replica takes them next: at-least-once, which every inbox absorbs.
/// A row is written twice in all (inserted by the business transaction, deleted here): marking rows
/// published and pruning them later cost two more writes of every body, and the dead versions slowed
/// every later claim. NOTIFY wakes the relay at once; the poll interval covers notifications lost while
/// disconnected.
public final class OutboxRelay: Service, Sendable {
    public struct Configuration: Sendable {
        public var schema: SchemaName
        public var exchange: String
        public var batchSize: Int
        /// Rounds in flight at once, like as many replicas: while one waits for the broker's confirms,
        /// another claims, publishes or deletes, so neither the broker nor the database waits for the other.
        public var concurrentRounds: Int
        public var pollInterval: Duration
        /// How long a round waits for the broker's confirms before giving its rows back.
        public var publishTimeout: Duration

        public init(
            schema: SchemaName, exchange: String = "market.events", batchSize: Int = 500, concurrentRounds: Int = 2,
            pollInterval: Duration = .seconds(1), publishTimeout: Duration = .seconds(30)
        ) {
            self.schema = schema
            self.exchange = exchange
            self.batchSize = batchSize
            self.concurrentRounds = max(1, concurrentRounds)
            self.pollInterval = pollInterval
            self.publishTimeout = publishTimeout
        }
    }

    private let configuration: Configuration
    private let pool: PostgresPool
    private let publisher: AMQPPublisher
    private let databaseURL: String
    private let logger: Logger
    /// One per round loop: a NOTIFY wakes every loop that found the outbox empty.
    private let wakes: [WakeSignal]
    private let stopping = Atomic<Bool>(false)
    private let published: Counter

    public init(
        configuration: Configuration, pool: PostgresPool, publisher: AMQPPublisher, databaseURL: String,
        logger: Logger
    ) {
        self.configuration = configuration
        self.pool = pool
        self.publisher = publisher
        self.databaseURL = databaseURL
        self.logger = logger
        wakes = (0..<configuration.concurrentRounds).map { _ in WakeSignal() }
        self.published = Counter(label: "servicekit_outbox_published_total")
    }

    public func run() async throws {
        let listener = PostgresListener(
            url: databaseURL, channels: [configuration.schema.outboxChannel], logger: logger)
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await _ in listener.events { self.wakeAll() }
            }
            // Graceful shutdown ends the loop between rounds, never inside one, so the final drain
            // starts with every round's rows either deleted or given back.
            await withGracefulShutdownHandler {
                await withDiscardingTaskGroup { loops in
                    for wake in self.wakes { loops.addTask { await self.relayUntilStopped(waking: wake) } }
                }
            } onGracefulShutdown: {
                self.stopping.store(true, ordering: .sequentiallyConsistent)
                self.wakeAll()
            }
            await listener.shutdown()
        }
        // Shutting down: publish what the last batches committed before the process exits.
        _ = try? await drain()
    }

    private func wakeAll() {
        for wake in wakes { wake.signal() }
    }

    private func relayUntilStopped(waking wake: WakeSignal) async {
        var backoff = Backoff()
        while !Task.isCancelled && !stopping.load(ordering: .sequentiallyConsistent) {
            do {
                let full = try await relayOnce()
                backoff.reset()
                if !full { await wake.wait(timeout: configuration.pollInterval) }
            } catch {
                logger.warning("outbox relay round failed", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: backoff.next())
            }
        }
    }

    /// Publishes until the outbox is empty; returns how many rows went out.
    @discardableResult
    public func drain() async throws -> Int {
        var total = 0
        while true {
            let (count, full) = try await relayRound()
            total += count
            if !full { return total }
        }
    }

    /// One round; true when it was full, meaning more rows are probably waiting.
    private func relayOnce() async throws -> Bool { try await relayRound().full }

    private func relayRound() async throws -> (count: Int, full: Bool) {
        let schema = configuration.schema
        let exchange = configuration.exchange
        let timeout = configuration.publishTimeout
        let publisher = publisher
        let logger = logger
        let claim = PostgresStatement(
            "SELECT id, event_id, event_type, body FROM \(schema).outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED",
            [configuration.batchSize])
        let round = try await pool.transaction(beginWith: [claim]) { _, opened -> TransactionEnd<(claimed: Int, confirmed: Int)> in
            guard let rows = opened.first, rows.count > 0 else { return .commit((0, 0)) }
            var ids: [Int64] = []
            var messages: [OutgoingMessage] = []
            for row in rows {
                ids.append(try row.decode(0))
                let body: String = try row.decode(3)
                messages.append(
                    OutgoingMessage(exchange: exchange, routingKey: try row.decode(2), body: Array(body.utf8), messageId: try row.decode(1)))
            }
            let failed = BlockingPublish.run(messages, on: publisher, timeout: timeout)
            if !failed.isEmpty {
                logger.warning("outbox rows not confirmed; they will be retried", metadata: ["count": "\(failed.count)"])
            }
            let confirmed = ids.indices.filter { !failed.contains($0) }.map { ids[$0] }
            return .commit(
                (ids.count, confirmed.count),
                with: [PostgresStatement("DELETE FROM \(schema).outbox WHERE id = ANY($1::bigint[])", [confirmed])])
        }
        published.increment(by: round.confirmed)
        return (round.confirmed, round.claimed == configuration.batchSize)
    }
}
