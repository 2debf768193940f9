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
        try ensureOpen()
        guard PQtransactionStatus(handle) == PQTRANS_IDLE else {
            throw PostgresError(.invalidArgument, "a transaction is already open on this connection")
        }
        try query(isolation.beginStatement)
        let value: T
        do {
            value = try body(self)
        } catch {
            rollbackQuietly()
            throw error
        }
        if PQtransactionStatus(handle) == PQTRANS_INERROR {
            rollbackQuietly()
            throw PostgresError(
                .server, "a statement failed inside the transaction and its error was not rethrown; rolled back",
                sqlState: "25P02")
        }
        try query("COMMIT")
        return value
    }

    /// ROLLBACK when the connection can still take it; the original error matters more than a rollback failure,
    /// and a broken connection ends the transaction on the server anyway.
    private func rollbackQuietly() {
        guard !isClosed, PQstatus(handle) == CONNECTION_OK, PQtransactionStatus(handle) != PQTRANS_IDLE else { return }
        if (try? query("ROLLBACK")) == nil { close() }
    }
}
