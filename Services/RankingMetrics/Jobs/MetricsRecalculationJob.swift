import Foundation
import Logging
import Postgres
import ServiceLifecycle

/// Runs ``MetricsRecalculator`` every `tick` until graceful shutdown. The tick only bounds the
/// latency after the debounce interval; the interval itself is enforced by the recalculator.
struct MetricsRecalculationJob: Service {
    let recalculator: MetricsRecalculator
    let pool: PostgresPool
    let tick: Duration
    let logger: Logger

    func run() async throws {
        let recalculator = recalculator
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                _ = try await pool.transaction { try recalculator.run(at: Date(), on: $0) }
            } catch {
                logger.warning("metrics recalculation failed; retries next tick", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) }
        }
    }
}
