import AMQP
import CAMQPShim
import CRabbitMQ
import Foundation
import Logging
import Synchronization

/// The baseline: rabbitmq-c with nothing of ours on top. One thread publishes `count` persistent
/// messages with publisher confirms (a window of `window` unconfirmed), another consumes them with
/// the same prefetch and multiple acks. The rate is messages per second until the last one is acked.
enum BareBaseline {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(url: AMQPURL, queue: String, count: Int, window: Int) throws -> Double {
        let body = Array(repeating: UInt8(ascii: "x"), count: 600)
        let consumerReady = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let consumerError = ErrorBox()
        let consumer = Thread {
            do {
                try drain(url: url, queue: queue, count: count, prefetch: window, ready: consumerReady)
            } catch {
                consumerError.set(error)
            }
            done.signal()
        }
        consumer.start()
        consumerReady.wait()
        let started = ContinuousClock.now
        try publish(url: url, queue: queue, count: count, window: window, body: body)
        done.wait()
        if let error = consumerError.get() { throw error }
        return Double(count) / seconds(started.duration(to: .now))
    }

    /// A durable quorum queue like the services' (declared through the AMQP module, outside the timing).
    static func declare(url: AMQPURL, queue: String, logger: Logger) async throws {
        try await declare(url: url, topology: Topology(exchanges: [], queues: [QueueSpec(name: queue, bindings: [])]), logger: logger)
    }

    /// Declares `topology` now: a publisher declares on connect, and connects on its first message,
    /// so it sends one that no queue receives.
    static func declare(url: AMQPURL, topology: Topology, logger: Logger) async throws {
        let publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: url, connectionName: "bench-declare"), topology: topology, logger: logger)
        try await publisher.publish(
            [OutgoingMessage(exchange: "", routingKey: "bench.declare.nobody", body: [], messageId: nil)])
        await publisher.shutdown()
    }

    private static func connect(_ url: AMQPURL) throws -> amqp_connection_state_t {
        guard let state = amqp_new_connection(), let socket = amqp_tcp_socket_new(state) else {
            throw Failure(description: "cannot allocate a connection")
        }
        guard amqp_socket_open(socket, url.host, Int32(url.port)) == 0 else {
            throw Failure(description: "cannot reach \(url.host):\(url.port)")
        }
        var empty = amqp_empty_table
        let login = camqp_login_plain(state, url.vhost, 0, 131_072, 0, &empty, url.user, url.password)
        guard login.reply_type == AMQP_RESPONSE_NORMAL else { throw Failure(description: "login failed") }
        amqp_channel_open(state, 1)
        guard amqp_get_rpc_reply(state).reply_type == AMQP_RESPONSE_NORMAL else {
            throw Failure(description: "channel.open failed")
        }
        return state
    }

    private static func publish(url: AMQPURL, queue: String, count: Int, window: Int, body: [UInt8]) throws {
        let state = try connect(url)
        defer { close(state) }
        amqp_confirm_select(state, 1)
        var properties = amqp_basic_properties_t()
        properties._flags = amqp_flags_t(AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG)
        properties.delivery_mode = 2
        var published: UInt64 = 0
        var confirmed: UInt64 = 0
        try queue.withCString { queueName in
            try "application/octet-stream".withCString { contentType in
                properties.content_type = amqp_cstring_bytes(contentType)
                try body.withUnsafeBytes { raw in
                    let bytes = amqp_bytes_t(len: raw.count, bytes: UnsafeMutableRawPointer(mutating: raw.baseAddress))
                    while confirmed < UInt64(count) {
                        while published < UInt64(count) && published - confirmed < UInt64(window) {
                            let status = amqp_basic_publish(
                                state, 1, amqp_cstring_bytes(""), amqp_cstring_bytes(queueName), 0, 0, &properties, bytes)
                            guard status == 0 else { throw Failure(description: "publish failed: \(status)") }
                            published += 1
                        }
                        confirmed = max(confirmed, try waitForAck(state))
                    }
                }
            }
        }
    }

    /// The highest delivery tag the next ack confirms.
    private static func waitForAck(_ state: amqp_connection_state_t) throws -> UInt64 {
        var frame = amqp_frame_t()
        while true {
            guard amqp_simple_wait_frame(state, &frame) == 0 else { throw Failure(description: "wait frame failed") }
            guard frame.frame_type == UInt8(AMQP_FRAME_METHOD) else { continue }
            if frame.payload.method.id == AMQP_BASIC_ACK_METHOD {
                return frame.payload.method.decoded.assumingMemoryBound(to: amqp_basic_ack_t.self).pointee.delivery_tag
            }
            if frame.payload.method.id == AMQP_BASIC_NACK_METHOD { throw Failure(description: "broker nacked") }
        }
    }

    /// Consumes `count` messages from `queue` (blocking; run it on its own thread).
    static func drain(
        url: AMQPURL, queue: String, count: Int, prefetch: Int, ready readySignal: DispatchSemaphore? = nil
    ) throws {
        var ready = readySignal
        // Whatever happens, the publisher side must not wait for a consumer that will never be ready.
        defer { ready?.signal() }
        let state = try connect(url)
        defer { close(state) }
        amqp_basic_qos(state, 1, 0, UInt16(min(prefetch, Int(UInt16.max))), 0)
        _ = queue.withCString { amqp_basic_consume(state, 1, amqp_cstring_bytes($0), amqp_empty_bytes, 0, 0, 0, amqp_empty_table) }
        guard amqp_get_rpc_reply(state).reply_type == AMQP_RESPONSE_NORMAL else {
            throw Failure(description: "basic.consume failed")
        }
        ready?.signal()
        ready = nil
        var received = 0
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        while received < count {
            amqp_maybe_release_buffers(state)
            var envelope = amqp_envelope_t()
            let reply = amqp_consume_message(state, &envelope, &timeout, 0)
            guard reply.reply_type == AMQP_RESPONSE_NORMAL else { throw Failure(description: "consume stalled") }
            received += 1
            if received % (prefetch / 2) == 0 || received == count {
                amqp_basic_ack(state, 1, envelope.delivery_tag, 1)
            }
            amqp_destroy_envelope(&envelope)
        }
    }

    private static func close(_ state: amqp_connection_state_t) {
        amqp_channel_close(state, 1, AMQP_REPLY_SUCCESS)
        amqp_connection_close(state, AMQP_REPLY_SUCCESS)
        amqp_destroy_connection(state)
    }
}

/// The first error a worker thread hit, handed back to the thread that waits for it.
final class ErrorBox: Sendable {
    private let error = Mutex<(any Error)?>(nil)
    func set(_ error: any Error) { self.error.withLock { $0 = error } }
    func get() -> (any Error)? { error.withLock { $0 } }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
