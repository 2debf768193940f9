import EventContracts
import Foundation
import Postgres
@testable import purchase_execution
@testable import ServiceKit
import Testing

/// D000-38: a batch whose transaction step fails retryably runs again from its savepoint.
@Suite struct RetryTests {
    /// Two batches carry one idempotency key for two different products, so their product locks do
    /// not serialize them: both read "not sold yet". The second one's insert waits on the first's
    /// uncommitted key, fails with a unique violation when it commits, and the retry reports DUPLICATE
    /// instead of failing the whole consumed batch.
    @Test func keyCommittedConcurrentlyIsRetriedIntoADuplicate() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1"), try Events.product("p2")])
            let handler = db.handler
            let first = try Events.batch([Events.line("p1", quantity: 1, key: "shared")], batchId: "b1")
            let second = try Events.batch([Events.line("p2", quantity: 1, key: "shared")], batchId: "b2")
            let holder = Task {
                try await db.pool.transaction { connection in
                    var batch = Batch(connection: connection, logger: PurchaseTestDatabase.logger)
                    try handler.apply([first], in: &batch)
                    // Hold the uncommitted key while the second batch reaches its insert.
                    Thread.sleep(forTimeInterval: 1.0)
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            let emitted = try await db.apply([second])
            try await holder.value
            let items = try Events.emitted(PurchaseBatchExecuted.self, in: emitted).flatMap(\.items)
            #expect(items.map(\.status) == [.duplicate])
            #expect(try await db.stock("p1") == (99, 1))
            #expect(try await db.stock("p2") == (100, 0))
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).sale_records") == 1)
        }
    }
}
