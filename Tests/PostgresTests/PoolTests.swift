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

    @Test func sleepingBodiesDoNotBlockTheCooperativePool() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 8, logger: TestSchema.logger)
        // Open all eight connections first so the timing below measures only the sleeps.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { _ = try await pool.withConnection { try $0.query("SELECT pg_sleep(0.05)") } } }
            try await group.waitForAll()
        }
        let ticker = Task {
            var ticks = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(10))
                ticks += 1
            }
            return ticks
        }
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { _ = try await pool.withConnection { try $0.query("SELECT pg_sleep(0.5)") } } }
            try await group.waitForAll()
        }
        let elapsed = ContinuousClock.now - start
        ticker.cancel()
        let ticks = await ticker.value
        #expect(elapsed >= .milliseconds(450))
        #expect(elapsed < .seconds(2))  // in parallel: eight in a row would take 4 s
        #expect(ticks >= 10)  // async work kept running while eight threads blocked in libpq
        await pool.shutdown()
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

    @Test func waitingCallerCanBeCancelled() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
        let busy = Task { try await pool.withConnection { try $0.query("SELECT pg_sleep(1)") } }
        try await Task.sleep(for: .milliseconds(150))
        let start = ContinuousClock.now
        let waiter = Task { try await pool.withConnection { _ in 1 } }
        try await Task.sleep(for: .milliseconds(100))
        waiter.cancel()
        let outcome = await waiter.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(ContinuousClock.now - start < .milliseconds(800))
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
