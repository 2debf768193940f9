import CLibPQ
import Glibc

extension PostgresConnection {
    /// True when the connection can take a statement: open, `CONNECTION_OK`, not inside a failed transaction, and
    /// no pending close from the server. Checks the socket without blocking, so a connection the server dropped
    /// while it sat idle (restart, `pg_terminate_backend`) is noticed before it is used.
    public var isHealthy: Bool {
        guard !isClosed, PQstatus(handle) == CONNECTION_OK, !sessionEnd.ended else { return false }
        // Anything the server sent an idle session is read now (a close fails here) and parsed by PQisBusy (a
        // FATAL reaches the notice receiver and sets `sessionEnd`).
        if socketIsReadable(timeoutMilliseconds: 0) {
            guard PQconsumeInput(handle) == 1 else { return false }
            _ = PQisBusy(handle)
        }
        guard PQstatus(handle) == CONNECTION_OK, !sessionEnd.ended else { return false }
        let status = PQtransactionStatus(handle)
        return status != PQTRANS_INERROR && status != PQTRANS_UNKNOWN && status != PQTRANS_ACTIVE
    }

    /// True when the server sent something (or closed the socket) within the timeout; -1 waits forever.
    func socketIsReadable(timeoutMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, timeoutMilliseconds) > 0
    }

    /// Makes a connection that a caller used ready for the next caller: rolls back a transaction left open,
    /// and closes the connection when its state cannot be repaired.
    func resetAfterUse() {
        guard !isClosed else { return }
        if PQpipelineStatus(handle) != PQ_PIPELINE_OFF || PQstatus(handle) != CONNECTION_OK {
            close()
            return
        }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            return
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            if (try? query("ROLLBACK")) == nil { close() }
        default:
            close()
        }
    }
}
