import CAMQPShim
import CRabbitMQ
import Glibc

extension Connection {
    /// Reads one frame, waiting at most `milliseconds`; nil when none came. Also services heartbeats:
    /// rabbitmq-c sends ours and notices a silent broker only inside such calls.
    func readEvent(waiting milliseconds: Int) throws(AMQPError) -> InboundEvent? {
        amqp_maybe_release_buffers(state)
        var frame = amqp_frame_t()
        var timeout = timeval(tv_sec: 0, tv_usec: milliseconds * 1000)
        let status = amqp_simple_wait_frame_noblock(state, &frame, &timeout)
        if status == AMQP_STATUS_TIMEOUT.rawValue { return nil }
        try check(status: status, "waiting for a frame")
        return try event(from: frame)
    }

    /// Like ``readEvent(waiting:)`` but through `amqp_consume_message`, the library's delivery reader; any
    /// other frame makes it report AMQP_STATUS_UNEXPECTED_STATE and is then read and decoded here.
    func consumeEvent(waiting milliseconds: Int) throws(AMQPError) -> InboundEvent? {
        amqp_maybe_release_buffers(state)
        var envelope = amqp_envelope_t()
        var timeout = timeval(tv_sec: 0, tv_usec: milliseconds * 1000)
        let reply = amqp_consume_message(state, &envelope, &timeout, 0)
        if reply.reply_type == AMQP_RESPONSE_NORMAL {
            defer { amqp_destroy_envelope(&envelope) }
            let message = IncomingMessage(
                deliveryTag: envelope.delivery_tag, redelivered: envelope.redelivered != 0,
                exchange: envelope.exchange.string, routingKey: envelope.routing_key.string, message: envelope.message)
            return .delivery(channel: envelope.channel, message)
        }
        if reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION {
            if reply.library_error == AMQP_STATUS_TIMEOUT.rawValue { return nil }
            if reply.library_error == AMQP_STATUS_UNEXPECTED_STATE.rawValue {
                var frame = amqp_frame_t()
                try check(status: amqp_simple_wait_frame(state, &frame), "reading a non-delivery frame")
                return try event(from: frame)
            }
        }
        try check(reply, channel: 0, "consuming")
        return nil
    }

    private func event(from frame: amqp_frame_t) throws(AMQPError) -> InboundEvent {
        guard Int32(frame.frame_type) == AMQP_FRAME_METHOD else { return .ignored }
        let method = frame.payload.method
        let channel = frame.channel
        switch method.id {
        case AMQP_BASIC_ACK_METHOD:
            let ack = method.decoded.assumingMemoryBound(to: amqp_basic_ack_t.self).pointee
            return .ack(channel: channel, tag: ack.delivery_tag, multiple: ack.multiple != 0)
        case AMQP_BASIC_NACK_METHOD:
            let nack = method.decoded.assumingMemoryBound(to: amqp_basic_nack_t.self).pointee
            return .nack(channel: channel, tag: nack.delivery_tag, multiple: nack.multiple != 0)
        case AMQP_BASIC_RETURN_METHOD:
            let header = method.decoded.assumingMemoryBound(to: amqp_basic_return_t.self).pointee
            var returned = ReturnedMessage(
                replyCode: Int(header.reply_code), replyText: header.reply_text.string,
                exchange: header.exchange.string, routingKey: header.routing_key.string)
            try readContent(channel: channel) { message in
                let properties = message.properties
                returned.messageId = properties.has(AMQP_BASIC_MESSAGE_ID_FLAG) ? properties.message_id.string : nil
            }
            return .returned(channel: channel, returned)
        case AMQP_BASIC_DELIVER_METHOD:
            let header = method.decoded.assumingMemoryBound(to: amqp_basic_deliver_t.self).pointee
            let (tag, redelivered) = (header.delivery_tag, header.redelivered != 0)
            let (exchange, routingKey) = (header.exchange.string, header.routing_key.string)
            var incoming: IncomingMessage?
            try readContent(channel: channel) { message in
                incoming = IncomingMessage(
                    deliveryTag: tag, redelivered: redelivered, exchange: exchange, routingKey: routingKey,
                    message: message)
            }
            return incoming.map { .delivery(channel: channel, $0) } ?? .ignored
        case AMQP_BASIC_CANCEL_METHOD:
            return .consumerCancelled(channel: channel)
        case AMQP_CONNECTION_BLOCKED_METHOD:
            let blocked = method.decoded.assumingMemoryBound(to: amqp_connection_blocked_t.self).pointee
            return .blocked(reason: blocked.reason.string)
        case AMQP_CONNECTION_UNBLOCKED_METHOD:
            return .unblocked
        case AMQP_CHANNEL_CLOSE_METHOD, AMQP_CONNECTION_CLOSE_METHOD:
            throw serverException(method, channel: channel)
        default:
            return .ignored
        }
    }

    /// Reads the header and body frames that follow a basic.deliver / basic.return and frees them after `use`.
    private func readContent(channel: amqp_channel_t, _ use: (amqp_message_t) -> Void) throws(AMQPError) {
        var message = amqp_message_t()
        try check(amqp_read_message(state, channel, &message, 0), channel: channel, "reading message content")
        use(message)
        amqp_destroy_message(&message)
    }
}
