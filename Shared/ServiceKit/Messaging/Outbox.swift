import EventContracts
import Foundation
import Postgres

/// An event waiting in the outbox to be published: its id, routing key and encoded CloudEvent.
public struct OutboxMessage: Sendable, Equatable {
    public let eventID: String
    public let type: String
    public let body: String

    public init(eventID: String, type: String, body: String) {
        self.eventID = eventID
        self.type = type
        self.body = body
    }

    public init<Payload: EventPayload>(_ event: CloudEvent<Payload>) throws {
        self.init(eventID: event.id, type: event.type, body: String(decoding: try event.jsonBytes(), as: UTF8.self))
    }
}

/// Writes emitted events in the business transaction, so they are published if and only if it commits.
public struct Outbox: Sendable {
    public let schema: SchemaName

    public init(schema: SchemaName) { self.schema = schema }

    /// One statement for the whole batch; the NOTIFY is delivered at commit and wakes the relay.
    public func enqueue(_ messages: [OutboxMessage], on connection: PostgresConnection) throws {
        guard let statement = enqueueStatement(messages) else { return }
        try connection.query(statement.sql, statement.parameters)
    }

    /// The insert as a statement, for a caller that sends it with others (``BatchApplier`` sends it with
    /// COMMIT); nil when there is nothing to enqueue.
    public func enqueueStatement(_ messages: [OutboxMessage]) -> PostgresStatement? {
        guard !messages.isEmpty else { return nil }
        return PostgresStatement(
            """
            WITH queued AS (
              INSERT INTO \(schema).outbox (event_id, event_type, body)
              SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[])
            )
            SELECT pg_notify($4, '')
            """,
            [
                // Binary: the bodies are JSON, full of quotes an array literal would have to escape and the server unescape.
                PostgresTextArray(messages.map(\.eventID)), PostgresTextArray(messages.map(\.type)),
                PostgresTextArray(messages.map(\.body)), schema.outboxChannel,
            ])
    }
}
