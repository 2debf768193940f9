import CLibPQ

extension PostgresConnection {
    /// Runs `body` between BEGIN and COMMIT; any error thrown rolls back and is rethrown.
    ///
    /// A body that swallowed a statement error leaves the transaction failed; COMMIT would then silently roll
    /// back, so that case throws instead. For retries on serialization failure and deadlock use
    /// ``PostgresPool/transaction(isolation:maxAttempts:_:)``.
    @discardableResult
    public func transaction<T>(
        isolation: IsolationLevel = .readCommitted, _ body: (PostgresConnection) throws -> T
    ) throws -> T {
        try transaction(isolation: isolation, beginWith: []) { connection, _ in TransactionEnd(try body(connection)) }
    }

    /// A transaction whose first statements travel with BEGIN and whose last ones travel with COMMIT, each group
    /// in one round trip (libpq pipeline mode): a batch of work then costs the body's own round trips plus two.
    ///
    /// `body` receives the rows of `opening` in order. Every failure rolls back and is rethrown: a failing opening
    /// statement (its ``PostgresError/statementIndex`` counts within `opening`), an error from `body`, a failing
    /// statement of the ``TransactionEnd`` (COMMIT is then never run), and a failing COMMIT itself, such as a
    /// serialization failure or a deferred constraint, which keeps its SQLSTATE so
    /// ``PostgresPool/transaction(isolation:maxAttempts:beginWith:_:)`` can retry it. A COMMIT that the server
    /// answers with anything but `COMMIT` is an error too, never a silent success.
    @discardableResult
    public func transaction<T>(
        isolation: IsolationLevel = .readCommitted, beginWith opening: [PostgresStatement],
        _ body: (PostgresConnection, [PostgresRows]) throws -> TransactionEnd<T>
    ) throws -> T {
        try ensureOpen()
        guard PQtransactionStatus(handle) == PQTRANS_IDLE else {
            throw PostgresError(.invalidArgument, "a transaction is already open on this connection")
        }
        do {
            let end = try body(self, try begin(isolation, with: opening))
            if PQtransactionStatus(handle) == PQTRANS_INERROR {
                throw PostgresError(
                    .server, "a statement failed inside the transaction and its error was not rethrown; rolled back",
                    sqlState: "25P02")
            }
            try commit(with: end.statements)
            return end.value
        } catch {
            rollbackQuietly()
            throw error
        }
    }

    private func begin(_ isolation: IsolationLevel, with statements: [PostgresStatement]) throws(PostgresError) -> [PostgresRows] {
        guard !statements.isEmpty else {
            try query(isolation.beginStatement)
            return []
        }
        do {
            return Array(try pipeline([PostgresStatement(isolation.beginStatement)] + statements).dropFirst())
        } catch {
            var shifted = error
            shifted.statementIndex = error.statementIndex.flatMap { $0 > 0 ? $0 - 1 : nil }
            throw shifted
        }
    }

    private func commit(with statements: [PostgresStatement]) throws(PostgresError) {
        let tag =
            statements.isEmpty
            ? try query("COMMIT").commandTag
            : try pipeline(statements + [PostgresStatement("COMMIT")]).last?.commandTag
        // COMMIT of a failed transaction answers ROLLBACK with a success status; that must never pass for a commit.
        guard tag == "COMMIT" else {
            throw PostgresError(
                .server, "COMMIT answered \(tag ?? "nothing"): the transaction was rolled back", sqlState: "25P02")
        }
    }

    /// ROLLBACK when the connection can still take it; the original error matters more than a rollback failure,
    /// and a broken connection ends the transaction on the server anyway.
    private func rollbackQuietly() {
        guard !isClosed, PQstatus(handle) == CONNECTION_OK, PQtransactionStatus(handle) != PQTRANS_IDLE else { return }
        if (try? query("ROLLBACK")) == nil { close() }
    }
}
