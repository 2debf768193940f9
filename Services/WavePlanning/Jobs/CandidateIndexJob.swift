import Foundation
import Logging
import Postgres
import ServiceLifecycle

/// Materializes the candidate index and price summaries in the background (seed §3 last step,
/// §6 "asynchronous materialized updates"): every `interval`, one transaction that takes the index
/// lock without waiting, skips the round while any wave is executing ("never during a wave"), and
/// rebuilds the index in one pipeline.
struct CandidateIndexJob: Service {
    let store: WaveStore
    let pool: PostgresPool
    let interval: Duration
    /// A wave executing longer than this no longer holds the index back.
    let stalledWaveSeconds: Int
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                if let rows = try await runOnce(now: Date()) {
                    logger.debug("candidate index rebuilt", metadata: ["rows": "\(rows)"])
                }
            } catch {
                logger.warning("candidate index build failed; retries next round", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One build at `now`: the index's row count, or nil when a wave is executing or another
    /// replica holds the lock.
    func runOnce(now: Date) async throws -> Int64? {
        let store = store
        let stalledWaveSeconds = stalledWaveSeconds
        return try await pool.transaction { connection -> Int64? in
            let claim = try connection.pipeline([store.claimIndexBuild(stalledAfterSeconds: stalledWaveSeconds), store.readConfig()])
            guard try claim[0][0].decode("claimed", as: Bool.self), let row = claim[1].first else { return nil }
            let stored = try StoredConfig(row)
            let parameters = IndexParameters(size: stored.candidateIndexSize, config: stored.config)
            let results = try connection.pipeline(store.rebuildIndex(parameters, now: now))
            return Int64(results[1].affectedRows)
        }
    }
}
