import CAMQPShim
import CRabbitMQ

extension Connection {
    /// Writes one basic.publish (method, header and body frames). Returning only means the bytes were
    /// written; the confirm arrives later as an ack or nack on `channel`. `arena` holds the C copies of the
    /// strings; the caller resets it once the batch is written.
    func publish(_ message: OutgoingMessage, channel: amqp_channel_t, arena: ByteArena) throws(AMQPError) {
        var properties = amqp_basic_properties_t()
        var flags = AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG
        properties.content_type = arena.bytes(message.contentType)
        properties.delivery_mode = UInt8(
            message.persistent ? AMQP_DELIVERY_PERSISTENT.rawValue : AMQP_DELIVERY_NONPERSISTENT.rawValue)
        if let messageId = message.messageId {
            flags |= AMQP_BASIC_MESSAGE_ID_FLAG
            properties.message_id = arena.bytes(messageId)
        }
        if !message.headers.isEmpty {
            flags |= AMQP_BASIC_HEADERS_FLAG
            properties.headers = arena.table(message.headers.map { ($0.key, FieldValue.string($0.value)) })
        }
        properties._flags = amqp_flags_t(UInt32(bitPattern: flags))
        let exchange = arena.bytes(message.exchange)
        let routingKey = arena.bytes(message.routingKey)
        let status = message.body.withUnsafeBytes { body in
            amqp_basic_publish(
                state, channel, exchange, routingKey, message.mandatory ? 1 : 0, 0, &properties,
                amqp_bytes_t(len: body.count, bytes: UnsafeMutableRawPointer(mutating: body.baseAddress)))
        }
        try check(status: status, "publish to '\(message.exchange)' with '\(message.routingKey)'")
    }
}
