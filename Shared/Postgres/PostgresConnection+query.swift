import CLibPQ

extension PostgresConnection {
    /// Runs one statement with parameters (`$1`, `$2` …; text format unless ``PostgresBinaryBindable``) and returns its rows.
    ///
    /// ```swift
    /// try connection.query("INSERT INTO items (id, name) SELECT * FROM UNNEST($1::uuid[], $2::text[])", [ids, names])
    /// ```
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresBindable] = []) throws(PostgresError) -> PostgresRows {
        try ensureOpen()
        let buffer = try ParameterBuffer(parameters)
        let result = buffer.withPointers { pointers, lengths, formats in
            PQexecParams(handle, sql, buffer.count, nil, pointers, lengths, formats, 0)
        }
        roundTrips += 1
        return try consume(result, action: "query")
    }

    /// Runs several `;`-separated statements without parameters in one round trip (migrations, DDL). Stops at the
    /// first failing statement; outside a transaction block the whole script is one implicit transaction.
    public func execute(script: String) throws(PostgresError) {
        try ensureOpen()
        let result = PQexec(handle, script)
        roundTrips += 1
        _ = try consume(result, action: "script")
    }

    /// Sends `pg_notify(channel, payload)`; listeners receive it when the current transaction commits.
    public func notify(channel: String, payload: String = "") throws(PostgresError) {
        try query("SELECT pg_notify($1, $2)", [channel, payload])
    }
}
