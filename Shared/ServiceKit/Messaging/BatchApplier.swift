import EventContracts
import Foundation
import Logging
import Postgres

/// One batch of events applied exactly as the consumer applies it, inside a caller's transaction:
/// inbox deduplication, the handler, and the outbox.
///
/// The ``BatchConsumer`` uses it for every batch; tools that feed a handler without the broker
/// (benchmarks, imports) use it too, so what they measure is what a service does.
///
/// ```swift
/// let applier = BatchApplier(schema: schema, handler: handler, logger: logger)
/// let result = try await pool.transaction { try applier.apply(events, on: $0) }
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

    /// Applies `events` on `connection`, which must be inside a transaction the caller commits.
    public func apply(_ events: [IncomingEvent], on connection: PostgresConnection) throws -> Result {
        let fresh = try inbox.claim(ids: events.map(\.envelope.id), types: events.map(\.envelope.type), on: connection)
        let new = events.filter { fresh.contains($0.envelope.id) }
        var batch = Batch(connection: connection, logger: logger)
        if !new.isEmpty { try handler.apply(new, in: &batch) }
        try outbox.enqueue(batch.emitted, on: connection)
        return Result(applied: new.count, duplicates: events.count - new.count, emitted: batch.emitted)
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
