import CLibPQ

/// A blocking connection to PostgreSQL over libpq.
///
/// Use it from one thread at a time; ``PostgresPool`` guarantees that and keeps its calls off the Swift
/// cooperative pool. Every call that talks to the server counts in ``roundTrips`` so tests can prove that a batch
/// costs a fixed number of round trips.
///
/// Sessions start with `DateStyle=ISO`, `TimeZone=UTC`, `bytea_output=hex`, `extra_float_digits=3` and UTF-8, the
/// formats the decoders read (this replaces any `options` in the URL).
public final class PostgresConnection {
    let handle: OpaquePointer
    let sessionEnd: SessionEndFlag
    private(set) var isClosed = false

    /// Server round trips made so far: one per query, script, pipeline, BEGIN, COMMIT and ROLLBACK, two per COPY
    /// (start, then data and completion).
    public internal(set) var roundTrips = 0

    /// Connects to `url` (`postgres://user:password@host:port/database?sslmode=…`; libpq parses it).
    public init(url: String, applicationName: String = "market") throws(PostgresError) {
        let keywords = try ParameterBuffer(texts: ["dbname", "application_name", "client_encoding", "options"])
        let values = try ParameterBuffer(texts: [
            url, applicationName, "UTF8",
            "-c DateStyle=ISO -c TimeZone=UTC -c bytea_output=hex -c extra_float_digits=3",
        ])
        let connection = keywords.withPointers { keywordPointers, _, _ in
            values.withPointers { valuePointers, _, _ in
                PQconnectdbParams(keywordPointers + [nil], valuePointers + [nil], 1)
            }
        }
        guard let connection else { throw PostgresError(.connection, "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.errorMessage(connection)
            PQfinish(connection)
            throw PostgresError(.connection, "could not connect: \(message)")
        }
        // Replaces libpq's default receiver, which prints every NOTICE ("drop cascades to …") to stderr. The flag
        // object lives as long as this connection, which finishes the PGconn before releasing it.
        let sessionEnd = SessionEndFlag()
        PQsetNoticeReceiver(connection, SessionEndFlag.receiver, Unmanaged.passUnretained(sessionEnd).toOpaque())
        self.sessionEnd = sessionEnd
        handle = connection
    }

    deinit {
        if !isClosed { PQfinish(handle) }
    }

    /// Closes the connection; later calls throw ``PostgresError/Kind/closed``.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        PQfinish(handle)
    }

    /// The server process serving this connection (what `pg_backend_pid()` returns).
    public var backendPID: Int32 { isClosed ? 0 : PQbackendPID(handle) }

    func ensureOpen() throws(PostgresError) {
        if isClosed { throw PostgresError(.closed, "the connection is closed") }
    }

    static func errorMessage(_ handle: OpaquePointer) -> String {
        guard let text = PQerrorMessage(handle) else { return "unknown libpq error" }
        let message = String(cString: text)
        return message.hasSuffix("\n") ? String(message.dropLast()) : message
    }

    /// An error for a failed libpq call that produced no result: a connection loss when the connection is bad.
    func callFailure(_ action: String) -> PostgresError {
        let message = "\(action) failed: \(Self.errorMessage(handle))"
        return PostgresError(PQstatus(handle) == CONNECTION_OK ? .protocol : .connection, message)
    }
}
