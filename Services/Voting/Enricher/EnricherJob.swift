import Foundation
import Logging
import Metrics
import Postgres
import ServiceKit
import ServiceLifecycle

/// The Vote Enricher as a background job of every replica: it drains pending intents batch after
/// batch, then sleeps until intake's NOTIFY wakes it, or the poll interval passes (a NOTIFY is
/// lost while the listening connection is down, and intents of a crashed replica's rolled-back
/// batch need picking up).
///
/// Any number of replicas run it at once: `SKIP LOCKED` hands each a disjoint batch.
struct EnricherJob: Service {
    let batch: EnrichmentBatch
    let pool: PostgresPool
    let databaseURL: String
    let pollInterval: Duration
    let logger: Logger
    private let enriched = Counter(label: "voting_intents_enriched_total")

    init(batch: EnrichmentBatch, pool: PostgresPool, databaseURL: String, pollInterval: Duration, logger: Logger) {
        self.batch = batch
        self.pool = pool
        self.databaseURL = databaseURL
        self.pollInterval = pollInterval
        self.logger = logger
    }

    func run() async throws {
        // Wake-ups coalesce: one pending signal is enough to drain everything that arrived.
        let (wakeUps, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let listener = PostgresListener(
            url: databaseURL, channels: [batch.store.intentsChannel], applicationName: "voting-enricher", logger: logger)
        let interval = pollInterval
        await withDiscardingTaskGroup { group in
            group.addTask { for await _ in listener.events { wake.yield() } }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    wake.yield()
                }
            }
            await withGracefulShutdownHandler {
                for await _ in wakeUps { await drain() }
            } onGracefulShutdown: {
                wake.finish()
            }
            await listener.shutdown()
            group.cancelAll()
        }
    }

    /// Runs batches until one comes back short; a failure is logged and retried at the next wake-up.
    func drain() async {
        do {
            while !Task.isCancelled {
                let count = try await runOnce()
                if count < batch.batchSize { return }
            }
        } catch {
            logger.warning("enrichment batch failed; retries at the next wake-up", metadata: ["error": "\(error)"])
        }
    }

    /// One batch in one transaction (retried on deadlock or serialization failure); returns the
    /// intents it decided.
    @discardableResult
    func runOnce() async throws -> Int {
        let batch = batch
        let now = Date().votingPrecision
        let count = try await pool.transaction(beginWith: batch.claim) { connection, claimed in
            try batch.decide(claimed: claimed, on: connection, now: now)
        }
        enriched.increment(by: count)
        return count
    }
}
