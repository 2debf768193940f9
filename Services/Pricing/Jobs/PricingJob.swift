import Foundation
import Logging
import Postgres
import ServiceKit
import ServiceLifecycle

/// A scheduled job run by one replica at a time: every `interval` it opens a transaction, takes
/// the job's advisory lock (another replica holding it means "not my turn"), does its work and
/// puts the events it emits in the outbox in that same transaction.
struct PricingJob: Service {
    /// One run: given the connection and the time, the events to emit and whether to run again
    /// at once (a page of work was full).
    typealias Body = @Sendable (PostgresConnection, Date) throws -> (events: [PricingEvent], more: Bool)

    let name: String
    let store: PricingStore
    let pool: PostgresPool
    let interval: Duration
    let logger: Logger
    let body: Body

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                while try await runOnce(now: Date()) {}
            } catch {
                logger.warning("job failed; retries next round", metadata: ["job": "\(name)", "error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One locked run at `now`; returns whether more work is waiting. A replica that does not get
    /// the lock does nothing.
    @discardableResult
    func runOnce(now: Date) async throws -> Bool {
        let store = store
        let name = name
        let body = body
        return try await pool.transaction { connection in
            guard try connection.query(store.tryJobLock(name))[0].decode(0, as: Bool.self) else { return false }
            let run = try body(connection, now)
            try Outbox(schema: store.schema).enqueue(try run.events.map { try $0.outboxMessage }, on: connection)
            return run.more
        }
    }
}
