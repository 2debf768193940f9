import CLibPQ
import Glibc

extension PostgresConnection {
    /// Sends all statements in one round trip using libpq pipeline mode and returns their results in order.
    ///
    /// The statements share one sync point, so outside a transaction block they form one implicit transaction:
    /// if one fails, the error names its index (``PostgresError/statementIndex``) and none of them is kept. Inside
    /// ``transaction(isolation:_:)`` the failure aborts the transaction, which then rolls back.
    ///
    /// ```swift
    /// let results = try connection.pipeline(events.map { PostgresStatement("INSERT INTO log VALUES ($1)", [$0]) })
    /// ```
    public func pipeline(_ statements: [PostgresStatement]) throws(PostgresError) -> [PostgresRows] {
        try ensureOpen()
        guard !statements.isEmpty else { return [] }
        // Encode everything first: a bad parameter fails before anything is sent.
        var buffers: [ParameterBuffer] = []
        buffers.reserveCapacity(statements.count)
        for (index, statement) in statements.enumerated() {
            do {
                buffers.append(try ParameterBuffer(statement.parameters))
            } catch {
                var indexed = error
                indexed.statementIndex = index
                throw indexed
            }
        }
        guard PQenterPipelineMode(handle) == 1 else { throw callFailure("entering pipeline mode") }
        // Non-blocking sends: a large pipeline must never block writing while the server blocks writing results.
        guard PQsetnonblocking(handle, 1) == 0 else {
            close()
            throw callFailure("switching to non-blocking mode")
        }
        roundTrips += 1
        let results: Result<[PostgresRows], PostgresError>
        do throws(PostgresError) {
            for (index, statement) in statements.enumerated() {
                let buffer = buffers[index]
                let sent = buffer.withPointers { pointers, lengths, formats in
                    PQsendQueryParams(handle, statement.sql, buffer.count, nil, pointers, lengths, formats, 0)
                }
                guard sent == 1 else { throw callFailure("sending pipeline statement \(index)") }
            }
            guard PQpipelineSync(handle) == 1 else { throw callFailure("pipeline sync") }
            try flushPipeline()
            results = try readPipelineResults(count: statements.count)
            guard PQexitPipelineMode(handle) == 1, PQsetnonblocking(handle, 0) == 0 else {
                throw callFailure("leaving pipeline mode")
            }
        } catch {
            // The pipeline's state on the wire is unknown: this connection cannot be trusted again.
            close()
            throw error
        }
        return try results.get()
    }

    /// ``pipeline(_:)`` with `work` running on another thread meanwhile, so client work that does not depend on
    /// the statements' results (encoding the events a write emits) takes no time of its own: the client works
    /// while the server executes. Returns when both are done; the statements' failure wins over `work`'s.
    ///
    /// A thread, not "work between sending and reading": sending a large pipeline only completes once the
    /// server has executed all but the last socket buffer's worth of it.
    ///
    /// ```swift
    /// let (_, messages) = try connection.pipeline(writes, overlapping: { try events.map(OutboxMessage.init) })
    /// ```
    public func pipeline<T: Sendable>(
        _ statements: [PostgresStatement], overlapping work: @escaping @Sendable () throws -> T
    ) throws -> (rows: [PostgresRows], overlapped: T) {
        let background = BackgroundWork(work)
        let rows: [PostgresRows]
        do {
            rows = try pipeline(statements)
        } catch {
            _ = background.wait()
            throw error
        }
        return (rows, try background.wait().get())
    }

    /// Writes libpq's buffered output, reading input meanwhile so neither side can stall on a full socket buffer.
    private func flushPipeline() throws(PostgresError) {
        while true {
            let flushed = PQflush(handle)
            if flushed == 0 { return }
            guard flushed == 1 else { throw callFailure("sending the pipeline") }
            var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN | POLLOUT), revents: 0)
            guard poll(&descriptor, 1, -1) >= 0 || errno == EINTR else { throw callFailure("waiting on the socket") }
            if descriptor.revents & Int16(POLLIN) != 0, PQconsumeInput(handle) == 0 {
                throw callFailure("reading pipeline results")
            }
        }
    }

    /// Reads one result per statement and the sync result. Throws only when the connection itself fails; a
    /// failed statement comes back as the `.failure` of the returned result, after everything was drained.
    private func readPipelineResults(
        count: Int
    ) throws(PostgresError) -> Result<[PostgresRows], PostgresError> {
        var rows: [PostgresRows] = []
        rows.reserveCapacity(count)
        var failure: PostgresError?
        for index in 0..<count {
            guard let result = PQgetResult(handle) else { throw callFailure("reading pipeline result \(index)") }
            let status = PQresultStatus(result)
            switch status {
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                rows.append(self.rows(from: result))
            case PGRES_PIPELINE_ABORTED:
                break  // skipped because an earlier statement failed; `failure` names that one
            case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR, PGRES_BAD_RESPONSE:
                var error = serverError(result)
                error.statementIndex = index
                failure = failure ?? error
            default:
                failure = failure ?? PostgresError(
                    .protocol, "pipeline statement \(index) returned \(String(cString: PQresStatus(status)))",
                    statementIndex: index)
            }
            PQclear(result)
            if PQstatus(handle) != CONNECTION_OK {
                throw failure ?? callFailure("reading pipeline result \(index)")
            }
            // Each statement's results end with a NULL.
            while let extra = PQgetResult(handle) { PQclear(extra) }
        }
        guard let sync = PQgetResult(handle) else { throw callFailure("reading the pipeline sync") }
        let syncStatus = PQresultStatus(sync)
        PQclear(sync)
        guard syncStatus == PGRES_PIPELINE_SYNC else {
            throw PostgresError(.protocol, "expected the pipeline sync, got \(String(cString: PQresStatus(syncStatus)))")
        }
        if let failure { return .failure(failure) }
        return .success(rows)
    }
}
