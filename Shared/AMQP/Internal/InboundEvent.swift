import CRabbitMQ

/// What the broker sent that an owning thread acts on. Channel and connection closes are thrown instead.
enum InboundEvent {
    case ack(channel: amqp_channel_t, tag: UInt64, multiple: Bool)
    case nack(channel: amqp_channel_t, tag: UInt64, multiple: Bool)
    /// A mandatory message the broker could not route; its ack follows.
    case returned(channel: amqp_channel_t, ReturnedMessage)
    case delivery(channel: amqp_channel_t, IncomingMessage)
    /// The broker cancelled the consumer (queue deleted, node down): deliveries stop until re-consumed.
    case consumerCancelled(channel: amqp_channel_t)
    case blocked(reason: String)
    case unblocked
    case ignored
}

/// A basic.return: why the message came back and enough of it to find which publish it was.
struct ReturnedMessage {
    var replyCode: Int
    var replyText: String
    var exchange: String
    var routingKey: String
    var messageId: String?
}

/// A basic.deliver copied out of library memory, before it gets its generation-stamped tag.
struct IncomingMessage {
    var deliveryTag: UInt64
    var redelivered: Bool
    var exchange: String
    var routingKey: String
    var messageId: String?
    var contentType: String?
    var headers: [String: String]
    var body: [UInt8]

    init(deliveryTag: UInt64, redelivered: Bool, exchange: String, routingKey: String, message: amqp_message_t) {
        self.deliveryTag = deliveryTag
        self.redelivered = redelivered
        self.exchange = exchange
        self.routingKey = routingKey
        let properties = message.properties
        messageId = properties.has(AMQP_BASIC_MESSAGE_ID_FLAG) ? properties.message_id.string : nil
        contentType = properties.has(AMQP_BASIC_CONTENT_TYPE_FLAG) ? properties.content_type.string : nil
        headers = properties.has(AMQP_BASIC_HEADERS_FLAG) ? properties.headers.textValues : [:]
        body = message.body.array
    }

    func delivery(generation: UInt64) -> Delivery {
        Delivery(
            tag: DeliveryTag(generation: generation, value: deliveryTag), body: body, exchange: exchange,
            routingKey: routingKey, messageId: messageId, contentType: contentType, headers: headers,
            redelivered: redelivered, deliveryCount: headers["x-delivery-count"].flatMap { Int($0) })
    }
}

extension amqp_basic_properties_t {
    func has(_ flag: Int32) -> Bool { _flags & amqp_flags_t(UInt32(bitPattern: flag)) != 0 }
}
