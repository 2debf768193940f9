/// Identifies a delivery for ``AMQPConsumer/ack(_:multiple:)``.
///
/// Broker delivery tags are only meaningful on the channel that produced them; `generation` names that
/// connection, so a tag that outlived its connection is recognised and refused instead of acking the
/// wrong message on the new one. Tags order by generation, then by value.
public struct DeliveryTag: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var generation: UInt64
    public var value: UInt64

    public init(generation: UInt64, value: UInt64) {
        self.generation = generation
        self.value = value
    }

    public static func < (lhs: DeliveryTag, rhs: DeliveryTag) -> Bool {
        (lhs.generation, lhs.value) < (rhs.generation, rhs.value)
    }

    public var description: String { "\(generation).\(value)" }
}

/// One message received by an ``AMQPConsumer``; the body and properties are copied out of the C library.
///
/// Header values are rendered as text (strings as-is, numbers in decimal, booleans as `true`/`false`);
/// nested tables and arrays (such as the broker's `x-death`) are left out.
public struct Delivery: Sendable {
    public var tag: DeliveryTag
    public var body: [UInt8]
    public var exchange: String
    public var routingKey: String
    public var messageId: String?
    public var contentType: String?
    public var headers: [String: String]
    public var redelivered: Bool
    /// The quorum queue's `x-delivery-count`: how many times this message was delivered before (nil at first).
    public var deliveryCount: Int?

    public init(
        tag: DeliveryTag, body: [UInt8], exchange: String, routingKey: String, messageId: String? = nil,
        contentType: String? = nil, headers: [String: String] = [:], redelivered: Bool = false,
        deliveryCount: Int? = nil
    ) {
        self.tag = tag
        self.body = body
        self.exchange = exchange
        self.routingKey = routingKey
        self.messageId = messageId
        self.contentType = contentType
        self.headers = headers
        self.redelivered = redelivered
        self.deliveryCount = deliveryCount
    }
}
