import EventContracts
import Foundation
import Logging
import Postgres
@testable import ServiceKit
import TestSupport
@testable import wave_planning

/// A unique schema with wave-planning's migrations on the real PostgreSQL, and the real handler
/// applying batches inside a real transaction, as the consumer does.
struct WaveTestDatabase: Sendable {
    let schema: SchemaName
    let pool: PostgresPool
    let store: WaveStore
    let handler: WavePlanningHandler
    static let logger = Logger(label: "wave-planning-test")

    /// Runs `body` against a fresh schema and drops it afterwards, whether `body` threw or not.
    static func with(_ body: (WaveTestDatabase) async throws -> Void) async throws {
        try await MigratedSchema.with(prefix: "wp", migrations: try WavePlanningService.migrations(), logger: logger) { migrated in
            let store = WaveStore(schema: migrated.schema)
            try await body(
                WaveTestDatabase(
                    schema: migrated.schema, pool: migrated.pool, store: store, handler: WavePlanningHandler(store: store)))
        }
    }

    /// Applies `events` as one batch in one transaction; returns what it emitted and its round trips.
    @discardableResult
    func apply(_ events: [IncomingEvent]) async throws -> (emitted: [OutboxMessage], roundTrips: Int) {
        let handler = handler
        return try await pool.transaction { connection in
            var batch = Batch(connection: connection, logger: Self.logger)
            let before = connection.roundTrips
            try handler.apply(events, in: &batch)
            return (batch.emitted, connection.roundTrips - before)
        }
    }

    /// Rebuilds the candidate index as the job does; nil when it was skipped.
    func buildIndex(now: Date = Date(), stalledWaveSeconds: Int = 3_600) async throws -> Int64? {
        try await CandidateIndexJob(
            store: store, pool: pool, interval: .seconds(1), stalledWaveSeconds: stalledWaveSeconds, logger: Self.logger
        ).runOnce(now: now)
    }

    func query(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> PostgresRows {
        try await pool.withConnection { try $0.query(sql, parameters) }
    }

    func count(_ table: String, _ condition: String = "true") async throws -> Int64 {
        try await query("SELECT count(*) FROM \(schema).\(table) WHERE \(condition)")[0].decode(0, as: Int64.self)
    }
}

/// Builds events as another system publishes them: encoded, decoded and validated like a delivery.
enum Events {
    static func incoming<P: EventPayload>(_ data: P, time: Date = Date(), id: UUID = UUID()) throws -> IncomingEvent {
        let event = CloudEvent(id: id, source: "urn:market:test", time: time, data: data)
        return try IncomingEvent(event)
    }

    /// The decoded payloads of emitted messages of one type.
    static func emitted<P: EventPayload>(_ type: P.Type, in messages: [OutboxMessage]) throws -> [P] {
        try messages.payloads(type)
    }
}
