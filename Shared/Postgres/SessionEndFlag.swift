import CLibPQ

/// Remembers that the server announced the end of an idle session.
///
/// A backend that is terminated (server shutdown or restart, `pg_terminate_backend`) first sends a FATAL message,
/// then closes the socket a moment later. On an idle connection libpq hands that message to the notice receiver,
/// and `PQstatus` stays `CONNECTION_OK` until the close is read. Recording the FATAL lets the pool replace the
/// connection at checkout instead of failing the next caller's statement.
final class SessionEndFlag {
    var ended = false

    static let receiver: PQnoticeReceiver = { context, result in
        guard let context, let result, let severity = PQresultErrorField(result, Int32(UInt8(ascii: "V"))) else {
            return
        }
        let level = String(cString: severity)
        if level == "FATAL" || level == "PANIC" {
            Unmanaged<SessionEndFlag>.fromOpaque(context).takeUnretainedValue().ended = true
        }
    }
}
