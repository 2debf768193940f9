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

    static func make() async throws -> WaveTestDatabase {
        let schema = try SchemaName(TestEnvironment.uniqueName("wp"))
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 3, logger: logger)
        let descriptor = ServiceDescriptor(
            name: "wave-planning", schema: schema, queue: "unused", environmentPrefix: WavePlanningService.prefix,
            defaultHTTPPort: 8083, migrations: try WavePlanningService.migrations())
        try await descriptor.migrate(using: pool, logger: logger)
        let store = WaveStore(schema: schema)
        return WaveTestDatabase(schema: schema, pool: pool, store: store, handler: WavePlanningHandler(store: store))
    }

    func drop() async {
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }

    /// Runs `body` against a fresh schema and drops it afterwards, whether `body` threw or not.
    static func with(_ body: (WaveTestDatabase) async throws -> Void) async throws {
        let db = try await make()
        do {
            try await body(db)
        } catch {
            await db.drop()
            throw error
        }
        await db.drop()
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
        let envelope = try EventEnvelope(decoding: try event.jsonBytes())
        return IncomingEvent(envelope: envelope, payload: try EventRegistry.v1.decodePayload(envelope))
    }

    /// The decoded payloads of emitted messages of one type.
    static func emitted<P: EventPayload>(_ type: P.Type, in messages: [OutboxMessage]) throws -> [P] {
        try messages.filter { $0.type == P.eventType }.map { message in
            try EventEnvelope(decoding: Data(message.body.utf8)).decode(as: P.self).data
        }
    }
}
