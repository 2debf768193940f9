/// What a pipelined transaction body returns: its value, and the statements that travel with COMMIT.
///
/// The statements are sent in the same round trip as COMMIT (libpq pipeline mode), so a body whose last
/// write is a set-based insert (an outbox, an audit row) pays no round trip for it. If one of them fails,
/// COMMIT never runs, the transaction rolls back and the statement's error is thrown with its index in
/// ``statements`` as ``PostgresError/statementIndex``; a failing COMMIT itself has the index `statements.count`.
///
/// ```swift
/// try connection.transaction(beginWith: [claim]) { connection, opened in
///     let fresh = try opened[0].map { try $0.decode(0, as: String.self) }
///     return .commit(fresh, with: [PostgresStatement("INSERT INTO log SELECT * FROM UNNEST($1::text[])", [fresh])])
/// }
/// ```
public struct TransactionEnd<Value> {
    /// What the transaction returns once committed.
    public var value: Value
    /// Sent in order just before COMMIT, in its round trip.
    public var statements: [PostgresStatement]

    public init(_ value: Value, commitWith statements: [PostgresStatement] = []) {
        self.value = value
        self.statements = statements
    }

    /// Commits, sending `statements` first in the same round trip.
    public static func commit(_ value: Value, with statements: [PostgresStatement] = []) -> Self {
        Self(value, commitWith: statements)
    }
}

extension TransactionEnd: Sendable where Value: Sendable {}
