import Postgres

/// The processed-messages table: an event id recorded here, in the same transaction as the state
/// change it caused, is never applied again.
public struct Inbox: Sendable {
    public let schema: SchemaName

    public init(schema: SchemaName) { self.schema = schema }

    /// Records the ids and returns the ones seen for the first time: one statement for the batch.
    /// A concurrent transaction recording the same id makes this one wait on it, so two replicas can
    /// never both apply one event.
    public func claim(ids: [String], types: [String], on connection: PostgresConnection) throws -> Set<String> {
        let statement = claimStatement(ids: ids, types: types)
        return try fresh(from: connection.query(statement.sql, statement.parameters))
    }

    /// The claim as a statement, for a caller that sends it with others (``BatchApplier`` sends it with BEGIN);
    /// read its rows with ``fresh(from:)``.
    public func claimStatement(ids: [String], types: [String]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(schema).inbox (event_id, event_type)
            SELECT * FROM UNNEST($1::text[], $2::text[])
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id
            """, [PostgresTextArray(ids), PostgresTextArray(types)])
    }

    /// The ids a claim recorded for the first time.
    public func fresh(from rows: PostgresRows) throws -> Set<String> {
        var fresh = Set<String>(minimumCapacity: rows.count)
        for row in rows { fresh.insert(try row.decode(0, as: String.self)) }
        return fresh
    }
}
