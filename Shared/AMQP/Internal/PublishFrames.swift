import CRabbitMQ

/// basic.publish frames (method, content header, body) encoded back to back, so that a run of publishes
/// leaves in one write.
///
/// rabbitmq-c's `amqp_basic_publish` hands each frame of a message to its own send(2); in the transport
/// bench, send(2) and the loopback TCP work behind it were an eighth of the process's CPU samples
/// (PostgreSQL's sends included). rabbitmq-c's own encoders write the method arguments and the properties; only the frame
/// envelope (type, channel, size, end octet) and the content header's fixed fields are written here.
struct PublishFrames {
    private(set) var bytes: [UInt8] = []
    /// C copies of a message's strings while its frames are encoded.
    private let arena = ByteArena()

    var isEmpty: Bool { bytes.isEmpty }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends `message`'s frames, or nothing when they cannot be encoded; `frameMax` is the size the
    /// broker negotiated.
    mutating func append(_ message: OutgoingMessage, channel: amqp_channel_t, frameMax: Int) throws(AMQPError) {
        let rollback = bytes.count
        defer { arena.reset() }
        do throws(AMQPError) {
            try appendMethod(message, channel: channel)
            try appendHeader(message, channel: channel, frameMax: frameMax)
            appendBody(message.body, channel: channel, frameMax: frameMax)
        } catch {
            bytes.removeSubrange(rollback...)
            throw error
        }
    }

    private mutating func appendMethod(_ message: OutgoingMessage, channel: amqp_channel_t) throws(AMQPError) {
        var publish = amqp_basic_publish_t(
            ticket: 0, exchange: arena.bytes(message.exchange), routing_key: arena.bytes(message.routingKey),
            mandatory: message.mandatory ? 1 : 0, immediate: 0)
        // Method id, ticket, two short strings and the flag octet.
        let bound = 4 + 2 + 2 * 256 + 1
        try appendFrame(AMQP_FRAME_METHOD, channel: channel, payloadBound: bound, what: "basic.publish") { payload in
            payload.storeBytes(of: UInt32(AMQP_BASIC_PUBLISH_METHOD).bigEndian, as: UInt32.self)
            let arguments = amqp_encode_method(
                AMQP_BASIC_PUBLISH_METHOD, &publish, amqp_bytes_t(len: payload.count - 4, bytes: payload.baseAddress! + 4))
            return arguments < 0 ? Int(arguments) : 4 + Int(arguments)
        }
    }

    private mutating func appendHeader(_ message: OutgoingMessage, channel: amqp_channel_t, frameMax: Int)
        throws(AMQPError)
    {
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
        // Class, weight and body size, then flags, two short strings, the delivery mode and the table
        // (per entry: key, type octet, long-string length and value).
        let table = message.headers.reduce(4) { $0 + 1 + $1.key.utf8.count + 1 + 4 + $1.value.utf8.count }
        let bound = 12 + 2 + 2 * 256 + 1 + table
        guard bound <= frameMax - 8 else {
            throw .invalidArgument("the properties of a message to '\(message.exchange)' need \(bound) bytes, more than one frame")
        }
        let bodySize = UInt64(message.body.count)
        try appendFrame(AMQP_FRAME_HEADER, channel: channel, payloadBound: bound, what: "message properties") { payload in
            payload.storeBytes(of: UInt16(AMQP_BASIC_CLASS).bigEndian, as: UInt16.self)
            payload.storeBytes(of: UInt16(0), toByteOffset: 2, as: UInt16.self)  // weight, unused
            payload.storeBytes(of: bodySize.bigEndian, toByteOffset: 4, as: UInt64.self)
            let encoded = amqp_encode_properties(
                UInt16(AMQP_BASIC_CLASS), &properties, amqp_bytes_t(len: payload.count - 12, bytes: payload.baseAddress! + 12))
            return encoded < 0 ? Int(encoded) : 12 + Int(encoded)
        }
    }

    private mutating func appendBody(_ body: [UInt8], channel: amqp_channel_t, frameMax: Int) {
        var start = 0
        while start < body.count {
            let end = min(start + frameMax - 8, body.count)
            appendEnvelope(AMQP_FRAME_BODY, channel: channel, size: end - start)
            bytes.append(contentsOf: body[start..<end])
            bytes.append(UInt8(AMQP_FRAME_END))
            start = end
        }
    }

    /// Appends a frame whose payload `encode` writes into `payloadBound` bytes, returning the length it
    /// used or a negative rabbitmq-c status.
    private mutating func appendFrame(
        _ type: Int32, channel: amqp_channel_t, payloadBound: Int, what: String,
        encode: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(AMQPError) {
        let start = bytes.count
        appendEnvelope(type, channel: channel, size: 0)
        bytes.append(contentsOf: repeatElement(0, count: payloadBound))
        let used = bytes.withUnsafeMutableBytes { all in
            encode(UnsafeMutableRawBufferPointer(rebasing: all[(start + 7)...]))
        }
        guard used >= 0 else { throw .invalidArgument("cannot encode \(what): \(Connection.describe(Int32(used)))") }
        bytes.removeSubrange((start + 7 + used)...)
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(used).bigEndian, toByteOffset: start + 3, as: UInt32.self) }
        bytes.append(UInt8(AMQP_FRAME_END))
    }

    private mutating func appendEnvelope(_ type: Int32, channel: amqp_channel_t, size: Int) {
        bytes.append(UInt8(type))
        bytes.append(UInt8(channel >> 8))
        bytes.append(UInt8(channel & 0xFF))
        withUnsafeBytes(of: UInt32(size).bigEndian) { bytes.append(contentsOf: $0) }
    }
}
