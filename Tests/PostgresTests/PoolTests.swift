import Foundation
@testable import Postgres
import Testing

struct PoolTests {
    @Test func twoHundredConcurrentCallersShareFourConnectionsOnPoolThreads() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 4, logger: TestSchema.logger)
        let results = try await withThrowingTaskGroup(of: (Int, Int32, String).self) { group in
            for n in 0..<200 {
                group.addTask {
                    try await pool.withConnection { connection in
                        let row = try connection.query("SELECT $1::int8, pg_backend_pid()", [n])[0]
                        return (try row.decode(0), try row.decode(1), ThreadName.current)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.map(\.0).sorted() == Array(0..<200))
        #expect(Set(results.map(\.1)).count <= 4)
        #expect(results.allSatisfy { $0.2.hasPrefix("postgres-pool-") }, "\(Set(results.map(\.2)))")
        await pool.shutdown()
    }

    /// Eight bodies block inside libpq (waiting for a lock the test holds) while async work must still
    /// run: if the pool ran them on the cooperative pool (one thread per core) nothing else could, and
    /// the time limit would end the test. No timing is measured, so a loaded machine cannot fail it.
    @Test(.timeLimit(.minutes(1))) func blockedBodiesDoNotBlockTheCooperativePool() async throws {
        let application = "pool-test-\(UInt32.random(in: .min ... .max))"
        let pool = PostgresPool(url: TestSchema.url, size: 8, applicationName: application, logger: TestSchema.logger)
        let admin = try TestSchema.connect()
        defer { admin.close() }
        let key = Int64.random(in: 1 ... .max)
        try admin.query("SELECT pg_advisory_lock($1)", [key])
        let bodies = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { _ = try await pool.withConnection { try $0.query("SELECT pg_advisory_xact_lock_shared($1)", [key]) } }
                }
                try await group.waitForAll()
            }
        }
        try await waitUntil(waiting: 8, application: application, admin: admin)

        let sum = await withTaskGroup(of: Int.self) { group in
            for value in 0..<64 { group.addTask { await Task.yield(); return value } }
            return await group.reduce(0, +)
        }
        #expect(sum == 2_016)
        try admin.query("SELECT pg_advisory_unlock($1)", [key])
        try await bodies.value
        await pool.shutdown()
    }

    /// Polls until `count` sessions of `application` wait on a lock.
    private func waitUntil(waiting count: Int, application: String, admin: PostgresConnection) async throws {
        while true {
            let waiting: Int = try admin.query(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
                [application])[0].decode(0)
            if waiting == count { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func brokenConnectionIsReplacedOnNextCheckout() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
        let first = try await pool.withConnection { $0.backendPID }
        let admin = try TestSchema.connect()
        defer { admin.close() }
        try admin.query("SELECT pg_terminate_backend($1)", [first])
        // The backend exits asynchronously; wait until it is gone before using the pool again.
        for _ in 0..<100 {
            let alive: Int = try admin.query("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", [first])[0].decode(0)
            if alive == 0 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let second = try await pool.withConnection { connection in
            (connection.backendPID, try connection.query("SELECT 1")[0].decode(0, as: Int.self))
        }
        #expect(second.0 != first)
        #expect(second.1 == 1)
        await pool.shutdown()
    }

    @Test func openTransactionIsRolledBackBeforeTheNextCaller() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
        try await pool.withConnection { try $0.execute(script: "BEGIN; CREATE TEMP TABLE leftover (x int)") }
        let leftover = try await pool.withConnection { connection in
            try connection.query("SELECT to_regclass('pg_temp.leftover') IS NOT NULL")[0].decode(0, as: Bool.self)
        }
        #expect(!leftover)  // rolled back: still inside that transaction the table would be visible
        await pool.shutdown()
    }

    /// A caller waiting for a connection is cancelled while the only connection is still busy (blocked
    /// on a lock the test holds), so the cancellation cannot have come from the connection freeing up.
    @Test(.timeLimit(.minutes(1))) func waitingCallerCanBeCancelled() async throws {
        let application = "pool-test-\(UInt32.random(in: .min ... .max))"
        let pool = PostgresPool(url: TestSchema.url, size: 1, applicationName: application, logger: TestSchema.logger)
        let admin = try TestSchema.connect()
        defer { admin.close() }
        let key = Int64.random(in: 1 ... .max)
        try admin.query("SELECT pg_advisory_lock($1)", [key])
        let busy = Task { try await pool.withConnection { try $0.query("SELECT pg_advisory_xact_lock($1)", [key]) } }
        try await waitUntil(waiting: 1, application: application, admin: admin)

        let waiter = Task { try await pool.withConnection { _ in 1 } }
        waiter.cancel()
        let outcome = await waiter.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        let stillBusy: Int = try admin.query(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
            [application])[0].decode(0)
        #expect(stillBusy == 1)
        try admin.query("SELECT pg_advisory_unlock($1)", [key])
        _ = try await busy.value
        await pool.shutdown()
    }

    @Test func shutDownPoolAndUnreachableServerFailWithTypedErrors() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 2, logger: TestSchema.logger)
        await pool.shutdown()
        let closed = await #expect(throws: PostgresError.self) { try await pool.withConnection { _ in 1 } }
        #expect(closed?.kind == .closed)

        let nowhere = PostgresPool(
            url: "postgres://market:market@127.0.0.1:1/market?connect_timeout=2", size: 1, logger: TestSchema.logger)
        let unreachable = await #expect(throws: PostgresError.self) { try await nowhere.withConnection { _ in 1 } }
        #expect(unreachable?.isConnectionLoss == true)
        await nowhere.shutdown()
    }
}
