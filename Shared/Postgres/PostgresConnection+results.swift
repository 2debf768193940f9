import CLibPQ

extension PostgresConnection {
    /// Turns a result into rows or an error, and clears it either way.
    func consume(_ result: OpaquePointer?, action: String) throws(PostgresError) -> PostgresRows {
        guard let result else { throw callFailure(action) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return rows(from: result)
        case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR, PGRES_BAD_RESPONSE:
            throw serverError(result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonCopy(PQresultStatus(result))
            throw PostgresError(.invalidArgument, "\(action): COPY statements must go through copy(into:columns:rows:)")
        default:
            throw PostgresError(
                .protocol, "\(action): unexpected result status \(String(cString: PQresStatus(PQresultStatus(result))))")
        }
    }

    func rows(from result: OpaquePointer) -> PostgresRows {
        let storage = PQresultStatus(result) == PGRES_TUPLES_OK ? ResultStorage(copying: result) : .empty
        let affected = PQcmdTuples(result).map { Int(String(cString: $0)) ?? 0 } ?? 0
        let tag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
        return PostgresRows(storage: storage, affectedRows: affected, commandTag: tag)
    }

    /// The server's diagnostic fields; without an SQLSTATE on a broken connection it is a connection loss.
    func serverError(_ result: OpaquePointer) -> PostgresError {
        // postgres_ext.h defines the field codes as character-literal macros, which Swift does not import.
        func field(_ code: Unicode.Scalar) -> String? {
            PQresultErrorField(result, Int32(code.value)).map { String(cString: $0) }
        }
        let sqlState = field("C")
        let message =
            field("M")
            ?? PQresultErrorMessage(result).map { String(cString: $0) } ?? "unknown server error"
        let lost = sqlState == nil && PQstatus(handle) != CONNECTION_OK
        return PostgresError(
            lost ? .connection : .server, message.hasSuffix("\n") ? String(message.dropLast()) : message,
            sqlState: sqlState, detail: field("D"), hint: field("H"), schema: field("s"), table: field("t"),
            constraint: field("n"))
    }

    /// Leaves a COPY that a plain query started, so the connection is usable again.
    private func abandonCopy(_ status: ExecStatusType) {
        if status == PGRES_COPY_IN {
            _ = PQputCopyEnd(handle, "COPY FROM STDIN is not supported through query()")
        } else {
            var buffer: UnsafeMutablePointer<CChar>?
            while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
        }
        drainResults()
    }

    /// Reads and clears results until libpq reports none are left.
    func drainResults() {
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH || status == PGRES_COPY_IN {
                // A broken COPY state cannot be drained; the connection is unusable.
                close()
                return
            }
        }
    }
}
