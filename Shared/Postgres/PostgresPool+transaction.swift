extension PostgresPool {
    /// Runs `body` in a transaction, retrying the whole body when PostgreSQL reports a serialization failure
    /// (`40001`) or a deadlock (`40P01`), up to `maxAttempts` attempts with a short jittered backoff. Any other
    /// error, or the last retryable one, is rethrown. `body` may run several times, so keep side effects outside
    /// the database out of it.
    ///
    /// ```swift
    /// try await pool.transaction(isolation: .serializable) { connection in
    ///     try connection.query("UPDATE accounts SET cents = cents - $1 WHERE id = $2", [amount, id])
    /// }
    /// ```
    @discardableResult
    public func transaction<T: Sendable>(
        isolation: IsolationLevel = .readCommitted, maxAttempts: Int = 5,
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        try await retrying(maxAttempts: maxAttempts) { connection in
            try connection.transaction(isolation: isolation, body)
        }
    }

    /// ``PostgresConnection/transaction(isolation:beginWith:_:)`` with the same retries: `opening` travels with
    /// BEGIN and the ``TransactionEnd``'s statements with COMMIT, so an attempt costs `body`'s round trips plus
    /// two. A serialization failure or deadlock reported by the pipelined COMMIT is retried like any other.
    @discardableResult
    public func transaction<T: Sendable>(
        isolation: IsolationLevel = .readCommitted, maxAttempts: Int = 5, beginWith opening: [PostgresStatement],
        _ body: @escaping @Sendable (PostgresConnection, [PostgresRows]) throws -> TransactionEnd<T>
    ) async throws -> T {
        try await retrying(maxAttempts: maxAttempts) { connection in
            try connection.transaction(isolation: isolation, beginWith: opening, body)
        }
    }

    private func retrying<T: Sendable>(
        maxAttempts: Int, _ attemptOnce: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        guard maxAttempts >= 1 else {
            throw PostgresError(.invalidArgument, "maxAttempts must be at least 1, got \(maxAttempts)")
        }
        var attempt = 1
        while true {
            do {
                return try await withConnection(attemptOnce)
            } catch let error as PostgresError where error.isRetryableTransaction && attempt < maxAttempts {
                logger.debug(
                    "retrying transaction", metadata: ["attempt": "\(attempt)", "sqlstate": "\(error.sqlState ?? "")"])
                try await Task.sleep(for: RetryBackoff.delay(afterAttempt: attempt))
                attempt += 1
            }
        }
    }
}
