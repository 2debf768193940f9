import EventContracts
import Foundation
import Logging
import Postgres
@testable import purchase_execution
@testable import ServiceKit
import TestSupport

/// A unique schema with the service's migrations on the real PostgreSQL, and the real handler
/// applying batches inside a real transaction, as the consumer does.
struct PurchaseTestDatabase: Sendable {
    let schema: SchemaName
    let pool: PostgresPool
    let store: PurchaseStore
    let handler: PurchaseExecutionHandler
    static let logger = Logger(label: "purchase-execution-test")

    /// Runs `body` against a fresh schema and drops it afterwards, whether `body` threw or not.
    static func with(poolSize: Int = 3, _ body: (PurchaseTestDatabase) async throws -> Void) async throws {
        try await MigratedSchema.with(
            prefix: "pe", migrations: try PurchaseMigrations.load(), poolSize: poolSize, logger: logger
        ) { migrated in
            let store = PurchaseStore(schema: migrated.schema)
            try await body(
                PurchaseTestDatabase(
                    schema: migrated.schema, pool: migrated.pool, store: store, handler: PurchaseExecutionHandler(store: store)))
        }
    }

    /// Applies `events` as one consumed batch in one transaction; returns what it emitted.
    @discardableResult
    func apply(_ events: [IncomingEvent]) async throws -> [OutboxMessage] {
        try await applyCounting(events).emitted
    }

    /// Applies `events` and returns what was emitted and the handler's round trips.
    func applyCounting(_ events: [IncomingEvent]) async throws -> (emitted: [OutboxMessage], roundTrips: Int) {
        let handler = handler
        return try await pool.transaction { connection in
            var batch = Batch(connection: connection, logger: Self.logger)
            let before = connection.roundTrips
            try handler.apply(events, in: &batch)
            return (batch.emitted, connection.roundTrips - before)
        }
    }

    /// Commits `events` as the consumer does (inbox claim, handler, outbox, in one transaction) on one
    /// connection; returns the result and every round trip it cost, BEGIN and COMMIT included.
    func consumeCounting(_ events: [IncomingEvent]) async throws -> (
        result: BatchApplier<PurchaseExecutionHandler>.Result, roundTrips: Int
    ) {
        let applier = BatchApplier(schema: schema, handler: handler, logger: Self.logger)
        return try await pool.withConnection { connection in
            let before = connection.roundTrips
            let result = try applier.commit(events, on: connection)
            return (result, connection.roundTrips - before)
        }
    }

    func query(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> PostgresRows {
        try await pool.withConnection { try $0.query(sql, parameters) }
    }

    /// One bigint (`SELECT coalesce(sum(x), 0)::bigint …`).
    func number(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> Int64 {
        try await query(sql, parameters)[0].decode(0, as: Int64.self)
    }

    /// A product's stock (nil = unlimited) and total sold.
    func stock(_ productId: String) async throws -> (stock: Int64?, sold: Int64) {
        let row = try await query("SELECT stock, total_sold FROM \(schema).products WHERE id = $1", [productId])[0]
        return (try row.decode(0, as: Int64?.self), try row.decode(1, as: Int64.self))
    }

    func balance(_ companyId: String) async throws -> Int64 {
        try await number("SELECT coalesce(max(balance_cents), 0)::bigint FROM \(schema).companies WHERE id = $1", [companyId])
    }
}
