import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport
import VotingDomain

@testable import voting

/// A migrated voting schema of its own on the real PostgreSQL, dropped after the test.
struct VotingDatabase: Sendable {
    let schema: SchemaName
    let pool: PostgresPool
    let store: VotingStore
    let config: VotingConfig

    var handler: VotingHandler { VotingHandler(store: store, config: config) }

    func enrichment(batchSize: Int = 500) throws -> EnrichmentBatch {
        EnrichmentBatch(store: store, enricher: try VoteEnricher(config: config), batchSize: batchSize, replica: "test")
    }

    /// Runs `body` against a fresh schema and always drops it.
    static func with<T: Sendable>(config: VotingConfig = .standard, _ body: (VotingDatabase) async throws -> T) async throws -> T {
        try await MigratedSchema.with(
            prefix: "voting_test", migrations: try VotingService.migrations(), logger: Logger(label: "voting-test")
        ) { migrated in
            try await body(
                VotingDatabase(
                    schema: migrated.schema, pool: migrated.pool, store: VotingStore(schema: migrated.schema), config: config))
        }
    }

    /// Applies `events` as one consumer batch (one transaction); returns what it emitted and its round trips.
    @discardableResult
    func apply(_ events: [VotingInput]) async throws -> (events: [CloudEvent<XPAwarded>], roundTrips: Int) {
        let handler = handler
        return try await pool.withConnection { connection in
            try connection.transaction { connection in
                let before = connection.roundTrips
                let emitted = try handler.process(events, on: connection)
                return (emitted, connection.roundTrips - before)
            }
        }
    }

    /// One enrichment transaction at `now`; returns the intents decided and its round trips.
    @discardableResult
    func enrich(now: Date, batchSize: Int = 500) async throws -> (count: Int, roundTrips: Int) {
        let batch = try enrichment(batchSize: batchSize)
        return try await pool.withConnection { connection in
            let before = connection.roundTrips
            let count = try batch.run(on: connection, now: now)
            return (count, connection.roundTrips - before)
        }
    }

    /// An integer query with `{schema}` replaced.
    func count(_ sql: String) async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query(sql.replacingOccurrences(of: "{schema}", with: "\(schema)"))[0].decode(0, as: Int.self)
        }
    }

    /// The outbox's messages of `type`, decoded.
    func outbox<P: EventPayload>(_ type: P.Type) async throws -> [P] {
        let schema = schema
        let bodies = try await pool.withConnection { connection in
            try connection.query("SELECT body FROM \(schema).outbox WHERE event_type = $1 ORDER BY id", [P.eventType])
                .map { try $0.decode(0, as: String.self) }
        }
        return try bodies.map { try EventEnvelope(decoding: Data($0.utf8)).decode(as: P.self).data }
    }
}
