import AMQP
import Foundation
import Logging
import Metrics
import Postgres
import ServiceLifecycle
import Synchronization

/// Publishes committed outbox rows with publisher confirms, then marks them published.
///
/// Replicas share the work: a round leases up to `batchSize` unpublished rows with
/// `FOR UPDATE SKIP LOCKED` (a lease, not a held transaction, so no connection waits on the broker),
/// publishes them, and marks the confirmed ones. A relay that dies mid-round leaves leases that expire,
/// and another replica publishes those rows again: at-least-once, which every inbox absorbs.
/// NOTIFY wakes the relay at once; the poll interval covers notifications lost while disconnected.
public final class OutboxRelay: Service, Sendable {
    public struct Configuration: Sendable {
        public var schema: SchemaName
        public var exchange: String
        public var batchSize: Int
        public var pollInterval: Duration
        public var lease: Duration

        public init(
            schema: SchemaName, exchange: String = "market.events", batchSize: Int = 500,
            pollInterval: Duration = .seconds(1), lease: Duration = .seconds(60)
        ) {
            self.schema = schema
            self.exchange = exchange
            self.batchSize = batchSize
            self.pollInterval = pollInterval
            self.lease = lease
        }
    }

    private let configuration: Configuration
    private let pool: PostgresPool
    private let publisher: AMQPPublisher
    private let databaseURL: String
    private let logger: Logger
    private let wake = WakeSignal()
    private let stopping = Atomic<Bool>(false)
    private let rounds = Atomic<Int>(0)
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
        self.published = Counter(label: "servicekit_outbox_published_total")
    }

    public func run() async throws {
        let listener = PostgresListener(
            url: databaseURL, channels: [configuration.schema.outboxChannel], logger: logger)
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await _ in listener.events { self.wake.signal() }
            }
            // Graceful shutdown ends the loop between rounds, never inside one: a round cancelled
            // mid-publish would leave its rows leased, and the final drain could not take them.
            await withGracefulShutdownHandler {
                await self.relayUntilStopped()
            } onGracefulShutdown: {
                self.stopping.store(true, ordering: .sequentiallyConsistent)
                self.wake.signal()
            }
            await listener.shutdown()
        }
        // Shutting down: publish what the last batches committed before the process exits.
        _ = try? await drain()
    }

    private func relayUntilStopped() async {
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
        let claimed = try await claim()
        guard !claimed.isEmpty else { return (0, false) }
        let messages = claimed.map {
            OutgoingMessage(
                exchange: configuration.exchange, routingKey: $0.type, body: Array($0.body.utf8), messageId: $0.eventID)
        }
        var confirmed = claimed.map(\.id)
        var failedIDs: [Int64] = []
        do {
            try await publisher.publish(messages)
        } catch let failure as PublishFailure {
            let failed = Set(failure.failures.map(\.index))
            failedIDs = failed.map { claimed[$0].id }
            confirmed = claimed.indices.filter { !failed.contains($0) }.map { claimed[$0].id }
            logger.warning("outbox rows not confirmed; they will be retried", metadata: ["count": "\(failed.count)"])
        }
        try await mark(published: confirmed, released: failedIDs)
        published.increment(by: confirmed.count)
        if rounds.add(1, ordering: .relaxed).newValue % 100 == 0 { try await prune() }
        return (confirmed.count, claimed.count == configuration.batchSize)
    }

    private struct ClaimedRow: Sendable {
        let id: Int64
        let eventID: String
        let type: String
        let body: String
    }

    private func claim() async throws -> [ClaimedRow] {
        let schema = configuration.schema
        let limit = configuration.batchSize
        let leaseSeconds = Double(configuration.lease.components.seconds)
        return try await pool.transaction { connection in
            let rows = try connection.query(
                """
                UPDATE \(schema).outbox SET lease_until = now() + make_interval(secs => $2)
                WHERE id IN (
                  SELECT id FROM \(schema).outbox
                  WHERE published_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                  ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
                RETURNING id, event_id, event_type, body
                """, [limit, leaseSeconds])
            return try rows.map { row in
                ClaimedRow(
                    id: try row.decode(0), eventID: try row.decode(1), type: try row.decode(2), body: try row.decode(3))
            }.sorted { $0.id < $1.id }
        }
    }

    /// Published rows are kept an hour for inspection, then deleted in bounded slices (oldest ids
    /// first, which the primary key finds without a scan of the whole table).
    private func prune() async throws {
        let schema = configuration.schema
        _ = try await pool.withConnection { connection in
            try connection.query(
                """
                DELETE FROM \(schema).outbox WHERE id IN (
                  SELECT id FROM \(schema).outbox WHERE published_at < now() - interval '1 hour' ORDER BY id LIMIT 5000)
                """)
        }
    }

    private func mark(published: [Int64], released: [Int64]) async throws {
        let schema = configuration.schema
        _ = try await pool.transaction { connection in
            try connection.query(
                """
                WITH done AS (
                  UPDATE \(schema).outbox SET published_at = now(), lease_until = NULL WHERE id = ANY($1::bigint[])
                )
                UPDATE \(schema).outbox SET lease_until = NULL WHERE id = ANY($2::bigint[])
                """, [published, released])
        }
    }
}
