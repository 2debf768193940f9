import EventContracts
import Foundation
import Logging
import Postgres
import RankingMetricsDomain
import ServiceKit
import TestSupport


@testable import ranking_metrics

/// A migrated copy of the service's schema under a unique name, and the handler over it.
///
/// Batches go through the real ``RankingEventsHandler`` inside a real transaction, as the
/// consumer runs them; a rejected batch rolls back exactly as it does there.
final class ServiceFixture: Sendable {
    let logger = Logger(label: "ranking-metrics-test")
    let migrated: MigratedSchema
    let store: RankingStore
    let handler: RankingEventsHandler
    /// The consumer's own path: inbox, handler, outbox in one transaction.
    let applier: BatchApplier<RankingEventsHandler>
    /// Without a debounce, so every `apply` publishes its metrics at once.
    let recalculator: MetricsRecalculator
    static let fixedNow = Date(timeIntervalSince1970: 1_795_000_000)

    init(mode: AssignmentMode = .minimumCost) async throws {
        migrated = try await MigratedSchema.make(
            prefix: "ranking_test", migrations: try RankingMetricsService.migrations(), poolSize: 2, logger: logger)
        store = RankingStore(schema: migrated.schema)
        handler = RankingEventsHandler(store: store, assignmentMode: mode, clock: { ServiceFixture.fixedNow })
        recalculator = MetricsRecalculator(store: store, intervalMilliseconds: 0)
        applier = BatchApplier(schema: migrated.schema, handler: handler, logger: logger)
    }

    var schema: SchemaName { migrated.schema }
    var pool: PostgresPool { migrated.pool }

    func tearDown() async { await migrated.drop() }

    /// Applies one consumed batch as the consumer does (one transaction), then runs the metrics
    /// recalculation as the job would; returns what both emitted and the batch's round trips.
    @discardableResult
    func apply(_ events: [IncomingEvent]) async throws -> (emitted: [OutboxMessage], roundTrips: Int) {
        let (emitted, roundTrips) = try await consume(events)
        let recalculator = recalculator
        let metrics = try await pool.transaction { try recalculator.run(at: ServiceFixture.fixedNow, on: $0) }
        return (emitted + (try metrics.map(OutboxMessage.init)), roundTrips)
    }

    /// Applies one consumed batch as the consumer does, without recalculating metrics.
    @discardableResult
    func consume(_ events: [IncomingEvent]) async throws -> (emitted: [OutboxMessage], roundTrips: Int) {
        let applier = applier
        return try await pool.transaction { connection in
            let before = connection.roundTrips
            let result = try applier.apply(events, on: connection)
            return (result.emitted, connection.roundTrips - before)
        }
    }

    /// Applies the batch and returns the rejection it must raise.
    func rejection(_ events: [IncomingEvent]) async throws -> EventRejected? {
        do {
            try await apply(events)
            return nil
        } catch let rejected as EventRejected {
            return rejected
        }
    }

    func count(_ table: String) async throws -> Int {
        let name = "\(schema).\(table)"
        return try await pool.withConnection { try $0.query("SELECT count(*) FROM \(name)")[0].decode(0, as: Int.self) }
    }

    func query<T: Sendable>(_ body: @escaping @Sendable (RankingStore, PostgresConnection) throws -> T) async throws -> T {
        let store = store
        return try await pool.withConnection { try body(store, $0) }
    }
}

/// Builds validated incoming events the way the consumer hands them to the handler.
enum Events {
    static func incoming<P: EventPayload>(_ data: P, time: Date = ServiceFixture.fixedNow) throws -> IncomingEvent {
        let event = CloudEvent(id: UUID(), source: "urn:market:test", time: time, data: data)
        return try IncomingEvent(event)
    }

    /// A period with `topics` topics named `<prefix>-t0…`, each with `capacity` seats.
    static func period(_ id: String, topics: Int, capacity: Int64 = 1) throws -> [IncomingEvent] {
        try [incoming(SelectionPeriodOpened(periodId: id, title: "Period \(id)", opensAt: ServiceFixture.fixedNow))]
            + (0..<topics).map {
                try incoming(TopicCreated(topicId: "\(id)-t\($0)", periodId: id, title: "Topic \($0)", capacity: capacity))
            }
    }

    static func rank(_ student: String, in period: String, _ positions: [(topic: Int, position: Int64?)]) throws
        -> IncomingEvent
    {
        try incoming(
            RankingsBatchUpdated(
                studentId: student, periodId: period, sessionId: "session-\(student)",
                updates: positions.map { .init(topicId: "\(period)-t\($0.topic)", position: $0.position) }))
    }

    static func undo(_ student: String, in period: String) throws -> IncomingEvent {
        try incoming(RankingsUndoRequested(studentId: student, periodId: period))
    }

    static func decode<P: EventPayload>(_ messages: [OutboxMessage], as type: P.Type) throws -> [P] {
        try messages.payloads(type)
    }
}
