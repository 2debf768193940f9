import EventContracts
import Foundation
import Logging
import Postgres
@testable import ServiceKit
import TestSupport
@testable import warehouse_orders
import WarehouseOrdersDomain

/// A unique schema with the service's migrations applied, on the real PostgreSQL, and a way to apply
/// events through the real handler inside a real transaction (as the consumer does).
struct WarehouseTestDatabase: Sendable {
    let schema: SchemaName
    let pool: PostgresPool
    let store: WarehouseStore
    let handler: WarehouseOrdersHandler
    static let logger = Logger(label: "warehouse-orders-test")

    /// Runs `body` against a fresh schema and drops it afterwards, whether `body` threw or not.
    static func with(
        config: DayTickConfig = DayTickConfig(), _ body: (WarehouseTestDatabase) async throws -> Void
    ) async throws {
        try await MigratedSchema.with(prefix: "wo", migrations: try WarehouseMigrations.load(), logger: logger) { migrated in
            let store = WarehouseStore(schema: migrated.schema)
            try await body(
                WarehouseTestDatabase(
                    schema: migrated.schema, pool: migrated.pool, store: store,
                    handler: WarehouseOrdersHandler(store: store, config: config)))
        }
    }

    /// Applies `events` as one batch in one transaction; returns what it emitted.
    @discardableResult
    func apply(_ events: [IncomingEvent]) async throws -> [OutboxMessage] {
        let handler = handler
        return try await pool.transaction { connection in
            var batch = Batch(connection: connection, logger: Self.logger)
            try handler.apply(events, in: &batch)
            return batch.emitted
        }
    }

    /// Applies `events` and returns the round trips the handler made.
    func roundTrips(applying events: [IncomingEvent]) async throws -> Int {
        let handler = handler
        return try await pool.transaction { connection in
            var batch = Batch(connection: connection, logger: Self.logger)
            let before = connection.roundTrips
            try handler.apply(events, in: &batch)
            return connection.roundTrips - before
        }
    }

    func query(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> PostgresRows {
        try await pool.withConnection { try $0.query(sql, parameters) }
    }

    func count(_ table: String) async throws -> Int64 {
        try await query("SELECT count(*) FROM \(schema).\(table)")[0].decode(0, as: Int64.self)
    }
}

/// Builds events as another system publishes them: encoded, decoded and validated like a delivery.
enum Events {
    static let baseTime = Date(timeIntervalSince1970: 1_741_564_800)  // 2025-03-10T00:00:00Z

    static func incoming<P: EventPayload>(_ data: P, time: Date = baseTime, id: UUID = UUID()) throws -> IncomingEvent {
        let event = CloudEvent(id: id, source: "urn:market:test", time: time, data: data)
        return try IncomingEvent(event)
    }

    /// The decoded payloads of emitted messages of one type.
    static func emitted<P: EventPayload>(_ type: P.Type, in messages: [OutboxMessage]) throws -> [P] {
        try messages.payloads(type)
    }
}
