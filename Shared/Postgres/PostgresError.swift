/// Every failure the Postgres module reports: one type, with the server's diagnostic fields when there are any.
///
/// Callers decide what to do from the classification rather than from message text:
/// ``isRetryableTransaction`` says "run the whole transaction again", ``isConnectionLoss`` says
/// "the connection is gone; back off and reconnect".
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// Where the failure came from.
    public enum Kind: String, Sendable, Equatable {
        /// Connecting failed or the connection broke.
        case connection
        /// The server rejected a statement (``PostgresError/sqlState`` says why).
        case server
        /// A column value could not become the requested Swift type.
        case decoding
        /// libpq or the server answered something this module did not expect.
        case `protocol`
        /// The connection, pool or listener was closed before or during the call.
        case closed
        /// The caller passed something unusable (bad identifier, ragged COPY row, bad migration set).
        case invalidArgument
        /// A migration was refused (changed after it ran, gap or duplicate number, unknown applied version).
        case migration
    }

    public var kind: Kind
    /// The five-character SQLSTATE for server errors, e.g. `23505` or `40001`.
    public var sqlState: String?
    public var message: String
    public var detail: String?
    public var hint: String?
    /// For errors tied to one object, such as a constraint violation: the schema, table and constraint the server
    /// names, so a caller can tell its own conflict from another without reading the message.
    public var schema: String?
    public var table: String?
    public var constraint: String?
    /// For ``PostgresConnection/pipeline(_:)``: the zero-based index of the statement that failed.
    public var statementIndex: Int?
    /// For decoding errors: the column that could not be decoded.
    public var column: String?

    public init(
        _ kind: Kind, _ message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        schema: String? = nil, table: String? = nil, constraint: String? = nil, statementIndex: Int? = nil,
        column: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.schema = schema
        self.table = table
        self.constraint = constraint
        self.statementIndex = statementIndex
        self.column = column
    }

    /// True for `40001` serialization_failure and `40P01` deadlock_detected: the transaction did nothing and the
    /// same work may simply run again.
    public var isRetryableTransaction: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// True when the connection itself is unusable: connect/IO failures, `08xxx` connection exceptions and the
    /// server shutting down or refusing connections (`57P01`, `57P02`, `57P03`).
    public var isConnectionLoss: Bool {
        if kind == .connection { return true }
        guard let sqlState else { return false }
        return sqlState.hasPrefix("08") || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
    }

    public var description: String {
        var text = "PostgresError.\(kind.rawValue)"
        if let sqlState { text += " [\(sqlState)]" }
        if let statementIndex { text += " statement \(statementIndex)" }
        if let column { text += " column \"\(column)\"" }
        text += ": \(message)"
        if let detail { text += " (detail: \(detail))" }
        if let hint { text += " (hint: \(hint))" }
        return text
    }

    /// The same error with `context` put in front of its message, e.g. the migration file that failed.
    func prefixed(_ context: String) -> PostgresError {
        var copy = self
        copy.message = "\(context): \(message)"
        return copy
    }
}
