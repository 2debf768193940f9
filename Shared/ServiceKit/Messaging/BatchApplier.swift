import EventContracts
import Foundation
import Logging
import Postgres

/// One batch of events applied exactly as the consumer applies it: inbox deduplication, the handler,
/// and the outbox, in one transaction.
///
/// The ``BatchConsumer`` uses it for every batch; tools that feed a handler without the broker
/// (benchmarks, imports) use it too, so what they measure is what a service does.
///
/// ```swift
/// let applier = BatchApplier(schema: schema, handler: handler, logger: logger)
/// let result = try await applier.commit(events, using: pool)
/// ```
public struct BatchApplier<Handler: EventHandler>: Sendable {
    public let handler: Handler
    private let inbox: Inbox
    private let outbox: Outbox
    private let logger: Logger

    public init(schema: SchemaName, handler: Handler, logger: Logger) {
        self.handler = handler
        inbox = Inbox(schema: schema)
        outbox = Outbox(schema: schema)
        self.logger = logger
    }

    /// What one application did.
    public struct Result: Sendable {
        /// Events the handler saw (the others were duplicates skipped by the inbox).
        public var applied: Int
        public var duplicates: Int
        /// What the handler emitted, now in the outbox.
        public var emitted: [OutboxMessage]
    }

    /// Applies `events` in a transaction of its own, retried on serialization failure and deadlock.
    ///
    /// The inbox record travels with BEGIN and the outbox insert with COMMIT, so a batch costs the handler's
    /// round trips plus two. A batch holding an event applied before costs two more: the plain record
    /// fails and rolls back, and the batch is applied again with the duplicates skipped (``Inbox``).
    public func commit(_ events: [IncomingEvent], using pool: PostgresPool) async throws -> Result {
        let applier = self
        let batch = Candidates(events)
        do {
            return try await pool.transaction(beginWith: [record(batch.events)]) { connection, _ in
                try applier.finish(batch, fresh: nil, on: connection)
            }
        } catch where inbox.isDuplicate(error) {
            return try await pool.transaction(beginWith: [claim(batch.events)]) { connection, opened in
                try applier.finish(batch, fresh: try applier.fresh(opened), on: connection)
            }
        }
    }

    /// ``commit(_:using:)`` on one connection, without retries (tests count its round trips).
    public func commit(_ events: [IncomingEvent], on connection: PostgresConnection) throws -> Result {
        let batch = Candidates(events)
        do {
            return try connection.transaction(beginWith: [record(batch.events)]) { connection, _ in
                try finish(batch, fresh: nil, on: connection)
            }
        } catch where inbox.isDuplicate(error) {
            return try connection.transaction(beginWith: [claim(batch.events)]) { connection, opened in
                try finish(batch, fresh: try fresh(opened), on: connection)
            }
        }
    }

    /// Applies `events` on `connection`, which must be inside a transaction the caller commits; costs the
    /// handler's round trips plus two (the claim and the outbox insert). It claims rather than records:
    /// a failed record would abort the caller's transaction.
    public func apply(_ events: [IncomingEvent], on connection: PostgresConnection) throws -> Result {
        let batch = Candidates(events)
        let claim = claim(batch.events)
        let end = try finish(batch, fresh: try fresh([try connection.query(claim.sql, claim.parameters)]), on: connection)
        for statement in end.statements { try connection.query(statement.sql, statement.parameters) }
        return end.value
    }

    private func record(_ events: [IncomingEvent]) -> PostgresStatement {
        inbox.recordStatement(ids: events.map(\.envelope.id), types: events.map(\.envelope.type))
    }

    private func claim(_ events: [IncomingEvent]) -> PostgresStatement {
        inbox.claimStatement(ids: events.map(\.envelope.id), types: events.map(\.envelope.type))
    }

    /// The ids the claim (the first of `opened`) recorded first.
    private func fresh(_ opened: [PostgresRows]) throws -> Set<String> {
        guard let claimed = opened.first else { throw PostgresError(.protocol, "the inbox claim returned no result") }
        return try inbox.fresh(from: claimed)
    }

    /// Runs the handler on the events recorded for the first time (all of them when `fresh` is nil); the
    /// outbox insert is left for the commit.
    private func finish(
        _ candidates: Candidates, fresh: Set<String>?, on connection: PostgresConnection
    ) throws -> TransactionEnd<Result> {
        var new = candidates.events
        if let fresh, fresh.count < new.count { new = new.filter { fresh.contains($0.envelope.id) } }
        var batch = Batch(connection: connection, logger: logger)
        if !new.isEmpty { try handler.apply(new, in: &batch) }
        let result = Result(applied: new.count, duplicates: candidates.received - new.count, emitted: batch.emitted)
        return .commit(result, with: outbox.enqueueStatement(batch.emitted).map { [$0] } ?? [])
    }
}

/// A batch's events with each id once, the first copy kept: an event twice in one batch is a duplicate,
/// as one applied before is, and the inbox would record its id only once while the handler saw it twice.
private struct Candidates: Sendable {
    let events: [IncomingEvent]
    /// How many events the batch held, repeats included.
    let received: Int

    init(_ batch: [IncomingEvent]) {
        received = batch.count
        var seen = Set<String>(minimumCapacity: batch.count)
        let distinct = batch.filter { seen.insert($0.envelope.id).inserted }
        events = distinct.count == batch.count ? batch : distinct
    }
}

extension IncomingEvent {
    /// Decodes and validates one message body as the consumer does: the envelope, the size limit,
    /// and the payload of a type `Handler` consumes.
    ///
    /// - Throws: ``ContractViolation`` or ``UnconsumedEventType``, whose descriptions are dead-letter reasons.
    public init<Handler: EventHandler>(
        decoding body: some DataProtocol, for handler: Handler.Type, sizeLimit: Int = EventEnvelope.defaultSizeLimit
    ) throws {
        let envelope = try EventEnvelope(decoding: Data(body), sizeLimit: sizeLimit)
        guard Handler.consumedTypes.contains(envelope.type) else { throw UnconsumedEventType(type: envelope.type) }
        self.init(envelope: envelope, payload: try EventRegistry.v1.decodePayload(envelope))
    }
}

/// A message of a type the service does not bind reached its queue.
public struct UnconsumedEventType: Error, CustomStringConvertible {
    public let type: String
    public var description: String { "event type \(type) is not consumed by this service" }
}

extension IncomingEvent {
    /// An event built in memory, put through the same encoding and validation as one from the queue.
    public init<Payload: EventPayload>(_ event: CloudEvent<Payload>) throws {
        let envelope = try EventEnvelope(decoding: try event.jsonBytes())
        self.init(envelope: envelope, payload: try EventRegistry.v1.decodePayload(envelope))
    }
}
