import CAMQPShim
import CRabbitMQ
import Glibc

/// One rabbitmq-c connection. Thread-confined: created, used and destroyed by its owning thread only,
/// which is why it is deliberately not `Sendable`.
final class Connection {
    /// Which close the broker sent, so teardown answers it with the matching close-ok.
    enum ServerClose {
        case channel(amqp_channel_t)
        case connection
    }

    let state: amqp_connection_state_t
    let generation: UInt64
    /// Set when the broker closed a channel or the connection; teardown replies close-ok.
    var serverClose: ServerClose?
    /// Set after a socket-level error; teardown then skips the polite close handshake.
    var socketBroken = false
    private var destroyed = false

    private init(state: amqp_connection_state_t, generation: UInt64) {
        self.state = state
        self.generation = generation
    }

    deinit { destroy() }

    /// Opens the TCP socket and logs in with PLAIN auth, the configured heartbeat and client properties
    /// that ask for the capabilities this module relies on.
    static func open(_ configuration: AMQPConfiguration, generation: UInt64) throws(AMQPError) -> Connection {
        guard let state = amqp_new_connection() else { throw .connection("out of memory creating a connection") }
        let connection = Connection(state: state, generation: generation)
        let url = configuration.url
        guard let socket = amqp_tcp_socket_new(state) else { throw .connection("cannot create a TCP socket") }
        var connectTimeout = timeval(tv_sec: 5, tv_usec: 0)
        let status = amqp_socket_open_noblock(socket, url.host, Int32(url.port), &connectTimeout)
        guard status == AMQP_STATUS_OK.rawValue else {
            throw .connection("cannot reach \(url.host):\(url.port): \(Self.describe(status))")
        }
        var rpcTimeout = timeval(tv_sec: 10, tv_usec: 0)
        amqp_set_rpc_timeout(state, &rpcTimeout)
        let arena = ByteArena()
        var properties = arena.table(Self.clientProperties(configuration.connectionName))
        let reply = camqp_login_plain(
            state, url.vhost, 0, 131_072, Int32(configuration.heartbeatSeconds), &properties, url.user, url.password)
        try connection.check(reply, channel: 0, "login to vhost '\(url.vhost)' as '\(url.user)'")
        return connection
    }

    private static func clientProperties(_ name: String) -> [(key: String, value: FieldValue)] {
        [
            ("connection_name", .string(name)),
            ("product", .string("Market AMQP (rabbitmq-c)")),
            (
                "capabilities",
                .table([
                    ("consumer_cancel_notify", .bool(true)), ("connection.blocked", .bool(true)),
                    ("publisher_confirms", .bool(true)), ("basic.nack", .bool(true)),
                    ("authentication_failure_close", .bool(true)),
                ])
            ),
        ]
    }

    var socketDescriptor: Int32 { amqp_get_sockfd(state) }

    /// True when rabbitmq-c already holds bytes or decoded frames, so waiting on the socket would stall them.
    var hasBufferedInput: Bool { amqp_data_in_buffer(state) != 0 || amqp_frames_enqueued(state) != 0 }

    func openChannel(_ channel: amqp_channel_t) throws(AMQPError) {
        amqp_channel_open(state, channel)
        try checkLastReply(channel: channel, "open channel \(channel)")
    }

    /// Turns on publisher confirms for `channel`; publishes on it are then numbered from 1.
    func selectConfirms(_ channel: amqp_channel_t) throws(AMQPError) {
        amqp_confirm_select(state, channel)
        try checkLastReply(channel: channel, "confirm.select on channel \(channel)")
    }

    /// Throws for a failed library status, marking the socket unusable.
    func check(status: Int32, _ what: @autoclosure () -> String) throws(AMQPError) {
        guard status != AMQP_STATUS_OK.rawValue else { return }
        socketBroken = true
        throw .connection("\(what()): \(Self.describe(status))")
    }

    func checkLastReply(channel: amqp_channel_t, _ what: @autoclosure () -> String) throws(AMQPError) {
        try check(amqp_get_rpc_reply(state), channel: channel, what())
    }

    /// Maps an RPC reply to an error, remembering a server close so teardown can answer it.
    func check(_ reply: amqp_rpc_reply_t, channel: amqp_channel_t, _ what: @autoclosure () -> String)
        throws(AMQPError)
    {
        switch reply.reply_type {
        case AMQP_RESPONSE_NORMAL:
            return
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            socketBroken = true
            throw .connection("\(what()): \(Self.describe(reply.library_error))")
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            throw serverException(reply.reply, channel: channel)
        default:
            socketBroken = true
            throw .connection("\(what()): no reply from the library")
        }
    }

    /// Decodes a channel.close / connection.close method and records it for teardown.
    func serverException(_ method: amqp_method_t, channel: amqp_channel_t) -> AMQPError {
        switch method.id {
        case AMQP_CONNECTION_CLOSE_METHOD:
            serverClose = .connection
            let close = method.decoded.assumingMemoryBound(to: amqp_connection_close_t.self).pointee
            return .connectionClosed(code: Int(close.reply_code), text: close.reply_text.string)
        case AMQP_CHANNEL_CLOSE_METHOD:
            serverClose = .channel(channel)
            let close = method.decoded.assumingMemoryBound(to: amqp_channel_close_t.self).pointee
            return .channelClosed(code: Int(close.reply_code), text: close.reply_text.string)
        default:
            socketBroken = true
            return .connection("unexpected method 0x\(String(method.id, radix: 16)) on channel \(channel)")
        }
    }

    /// Answers a server close, closes politely when the socket still works, then frees everything.
    func teardown() {
        guard !destroyed else { return }
        if !socketBroken {
            var quick = timeval(tv_sec: 2, tv_usec: 0)
            amqp_set_rpc_timeout(state, &quick)
            switch serverClose {
            case .connection:
                var ok = amqp_connection_close_ok_t(dummy: 0)
                amqp_send_method(state, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok)
            case .channel(let channel):
                var ok = amqp_channel_close_ok_t(dummy: 0)
                amqp_send_method(state, channel, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok)
                _ = amqp_connection_close(state, Int32(AMQP_REPLY_SUCCESS))
            case nil:
                _ = amqp_connection_close(state, Int32(AMQP_REPLY_SUCCESS))
            }
        }
        destroy()
    }

    private func destroy() {
        guard !destroyed else { return }
        destroyed = true
        amqp_destroy_connection(state)
    }

    static func describe(_ status: Int32) -> String {
        guard let text = amqp_error_string2(status) else { return "status \(status)" }
        return String(cString: text)
    }
}
