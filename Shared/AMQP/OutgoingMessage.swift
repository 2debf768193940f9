/// A message to publish with ``AMQPPublisher/publish(_:timeout:)``.
///
/// Defaults fit the project's events: CloudEvents JSON, persistent. Set `mandatory` when an unroutable
/// message must be reported as a failure instead of being dropped by the broker.
public struct OutgoingMessage: Sendable {
    public var exchange: String
    public var routingKey: String
    public var body: [UInt8]
    public var messageId: String?
    public var contentType: String
    public var headers: [String: String]
    public var persistent: Bool
    public var mandatory: Bool

    public init(
        exchange: String, routingKey: String, body: [UInt8], messageId: String? = nil,
        contentType: String = "application/cloudevents+json", headers: [String: String] = [:],
        persistent: Bool = true, mandatory: Bool = false
    ) {
        self.exchange = exchange
        self.routingKey = routingKey
        self.body = body
        self.messageId = messageId
        self.contentType = contentType
        self.headers = headers
        self.persistent = persistent
        self.mandatory = mandatory
    }

    /// Names the field the broker would refuse (short strings are limited to 255 bytes).
    func validate() throws(AMQPError) {
        try Topology.checkShortString(exchange, what: "exchange")
        try Topology.checkShortString(routingKey, what: "routing key")
        try Topology.checkShortString(contentType, what: "content type")
        if let messageId { try Topology.checkShortString(messageId, what: "message id") }
        for key in headers.keys { try Topology.checkShortString(key, what: "header name") }
    }
}
