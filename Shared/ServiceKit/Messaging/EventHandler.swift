import EventContracts
import Logging
import Postgres

/// What a service plugs into the ``BatchConsumer``: the types it binds and how a batch changes its state.
public protocol EventHandler: Sendable {
    /// The event types the service's queue binds; anything else reaching the queue is dead-lettered.
    static var consumedTypes: [String] { get }

    /// Applies events never seen before, in delivery order, inside the batch's one transaction.
    ///
    /// Write state through `batch.connection` and emit events with `batch.emit(_:)`; they commit
    /// together. Throw ``EventRejected`` for an event that can never apply (it is dead-lettered with
    /// that reason and the rest of the batch goes on); any other error rolls the batch back, and the
    /// consumer bisects it to find the event that fails.
    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws
}

/// A decoded, validated event from the queue.
public struct IncomingEvent: Sendable {
    public let envelope: EventEnvelope
    public let payload: any EventPayload
}

/// The transaction a batch runs in, and the events it emits.
public struct Batch {
    public let connection: PostgresConnection
    public let logger: Logger
    public private(set) var emitted: [OutboxMessage] = []

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Queues an event for the outbox; it is published only if the batch commits.
    public mutating func emit<Payload: EventPayload>(_ event: CloudEvent<Payload>) throws {
        emitted.append(try OutboxMessage(event))
    }

    /// Queues events the handler encoded itself, e.g. while the server ran its writes
    /// (``PostgresConnection/pipeline(_:overlapping:)``).
    public mutating func emit(_ messages: [OutboxMessage]) {
        emitted += messages
    }
}

/// A handler's verdict that one event can never be applied (e.g. it references an unknown entity
/// in a way the contract forbids). The consumer dead-letters it with `reason`.
public struct EventRejected: Error, CustomStringConvertible {
    public let eventID: String
    public let reason: String

    public init(eventID: String, reason: String) {
        self.eventID = eventID
        self.reason = reason
    }

    public var description: String { "event \(eventID) rejected: \(reason)" }
}
