import EventContracts
import Foundation
import Logging
import Postgres
import PricingDomain
import ServiceKit
import TestSupport

@testable import pricing

/// A migrated pricing schema of its own on the real PostgreSQL, dropped after the test.
struct PricingDatabase: Sendable {
    let schema: SchemaName
    let pool: PostgresPool
    let store: PricingStore
    let handler: PricingHandler
    let config = PricingConfig.standard

    /// Runs `body` against a fresh schema and always drops it.
    static func with<T: Sendable>(_ body: (PricingDatabase) async throws -> T) async throws -> T {
        try await MigratedSchema.with(
            prefix: "pricing_test", migrations: try PricingService.migrations(), poolSize: 2,
            logger: Logger(label: "pricing-test")
        ) { migrated in
            let store = PricingStore(schema: migrated.schema)
            return try await body(
                PricingDatabase(
                    schema: migrated.schema, pool: migrated.pool, store: store,
                    handler: PricingHandler(store: store, config: .standard)))
        }
    }

    /// Applies `inputs` as one consumer batch (one transaction); returns the emitted events and the
    /// round trips the handler made.
    @discardableResult
    func apply(_ inputs: [PricingInput]) async throws -> (events: [PricingEvent], roundTrips: Int) {
        let handler = handler
        return try await pool.withConnection { connection in
            try connection.transaction { connection in
                let before = connection.roundTrips
                let events = try handler.process(inputs, on: connection)
                return (events, connection.roundTrips - before)
            }
        }
    }

    /// The stored state of `brickId`, if listed.
    func state(_ brickId: UUID) async throws -> BrickPriceState? {
        let store = store
        return try await pool.withConnection { try store.decodeStates(try $0.query(store.state(of: brickId))).first }
    }

    func count(_ sql: String) async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query(sql.replacingOccurrences(of: "{schema}", with: "\(schema)"))[0].decode(0, as: Int.self)
        }
    }
}
