import Postgres

/// The processed-messages table: an event id recorded here, in the same transaction as the state
/// change it caused, is never applied again.
///
/// A batch is recorded in one of two ways. ``recordStatement(ids:types:)`` is a plain insert that fails
/// on the first id already there; ``claimStatement(ids:types:)`` skips such ids and returns the others.
/// The plain insert is the common case made cheap: `ON CONFLICT` makes PostgreSQL search the key's index
/// for every row before inserting it, and a redelivered batch is rare. ``BatchApplier`` records first and
/// claims only after ``isDuplicate(_:)`` says the record failed on an id already applied.
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

    /// Records every id or none: the statement fails with an error ``isDuplicate(_:)`` recognises when one
    /// was recorded before, or by a concurrent transaction that then commits (it waits on that one, as the
    /// claim does).
    public func recordStatement(ids: [String], types: [String]) -> PostgresStatement {
        PostgresStatement(
            "INSERT INTO \(schema).inbox (event_id, event_type) SELECT * FROM UNNEST($1::text[], $2::text[])",
            [PostgresTextArray(ids), PostgresTextArray(types)])
    }

    /// The ids a claim recorded for the first time.
    public func fresh(from rows: PostgresRows) throws -> Set<String> {
        var fresh = Set<String>(minimumCapacity: rows.count)
        for row in rows { fresh.insert(try row.decode(0, as: String.self)) }
        return fresh
    }

    /// True when `error` is this inbox refusing an id it already holds, as ``recordStatement(ids:types:)``
    /// fails on a redelivered event; any other error, a handler's own unique violation included, is not.
    public func isDuplicate(_ error: any Error) -> Bool {
        guard let error = error as? PostgresError else { return false }
        return error.sqlState == "23505" && error.schema == schema.description && error.table == "inbox"
    }
}
