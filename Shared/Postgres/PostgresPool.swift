import Foundation
import Logging

/// A fixed-size pool of PostgreSQL connections for async code.
///
/// Each connection lives on its own named thread (`postgres-pool-N`) and the blocking libpq work of
/// ``withConnection(_:)`` runs there, never on the Swift cooperative pool. Callers wait in a FIFO queue without
/// blocking a thread. Connections open lazily; a connection found broken (server restart, terminated backend) is
/// replaced on its next use, so the pool recovers by itself once PostgreSQL is back. Call ``shutdown()`` when done.
///
/// ```swift
/// let pool = PostgresPool(url: config.databaseURL, size: 8, logger: logger)
/// let count = try await pool.withConnection { try $0.query("SELECT count(*) FROM orders")[0].decode(0, as: Int.self) }
/// ```
public final class PostgresPool: Sendable {
    private let core: PoolCore

    /// - Parameter size: the number of connections and threads; values below 1 are raised to 1.
    public init(url: String, size: Int, applicationName: String = "market", logger: Logger) {
        if size < 1 { logger.warning("PostgresPool size \(size) raised to 1") }
        let core = PoolCore(url: url, applicationName: applicationName, size: max(1, size), logger: logger)
        self.core = core
        for index in 0..<core.size {
            Thread {
                ThreadName.set("postgres-pool-\(index)")
                core.work(index: index)
            }.start()
        }
    }

    deinit {
        core.close()
    }

    var logger: Logger { core.logger }

    /// Runs `body` with a healthy connection on that connection's thread and returns its result.
    ///
    /// A transaction `body` leaves open is rolled back before the connection serves anyone else. Cancelling the
    /// calling task while it still waits for a connection ends the wait with `CancellationError`; a running body
    /// is not interrupted. Throws a ``PostgresError`` of kind `.connection` when no connection can be opened.
    @discardableResult
    public func withConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        let core = self.core
        let id = core.makeID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let job = PoolJob(
                    id: id,
                    run: { connection in continuation.resume(with: Result { try body(connection) }) },
                    fail: { error in continuation.resume(throwing: error) })
                guard core.submit(job) else {
                    continuation.resume(throwing: PostgresError(.closed, "the pool was shut down"))
                    return
                }
                // Cancellation that arrived before the job was queued found nothing to remove.
                if Task.isCancelled { core.cancel(id: id) }
            }
        } onCancel: {
            core.cancel(id: id)
        }
    }

    /// Stops taking work, fails waiting callers with ``PostgresError/Kind/closed``, lets running bodies finish,
    /// and returns when every connection is closed.
    public func shutdown() async {
        core.close()
        await core.waitForWorkers()
    }
}
