/// The exchanges, queues and bindings a connection declares each time it (re)connects.
///
/// Declaring is idempotent, so after a broker restart the shape comes back by itself.
/// ``service(_:consumes:exchange:deadLetterExchange:deliveryLimit:)`` builds the project's standard shape.
public struct Topology: Sendable, Hashable {
    public var exchanges: [ExchangeSpec]
    public var queues: [QueueSpec]

    public init(exchanges: [ExchangeSpec] = [], queues: [QueueSpec] = []) {
        self.exchanges = exchanges
        self.queues = queues
    }

    /// The standard shape: durable topic exchange `exchange`, direct `deadLetterExchange`, the service's quorum
    /// queue `name` bound to each type in `consumes`, with `x-delivery-limit` and dead-lettering to
    /// `deadLetterExchange` with routing key `name`, and the quorum queue `"<name>.dlq"` bound to
    /// `deadLetterExchange` with key `name`.
    ///
    /// ```swift
    /// let topology = Topology.service("pricing", consumes: ["vote.recorded", "brick.listed"])
    /// ```
    public static func service(
        _ name: String, consumes: [String], exchange: String = "market.events",
        deadLetterExchange: String = "market.dlx", deliveryLimit: Int = 5
    ) -> Topology {
        let main = QueueSpec(
            name: name, deadLetterExchange: deadLetterExchange, deadLetterRoutingKey: name,
            deliveryLimit: deliveryLimit,
            bindings: consumes.map { QueueSpec.Binding(exchange: exchange, routingKey: $0) })
        let deadLetters = QueueSpec(
            name: "\(name).dlq", bindings: [QueueSpec.Binding(exchange: deadLetterExchange, routingKey: name)])
        return Topology(
            exchanges: [
                ExchangeSpec(name: exchange, kind: .topic), ExchangeSpec(name: deadLetterExchange, kind: .direct),
            ],
            queues: [main, deadLetters])
    }

    /// Where ``AMQPConsumer/deadLetter(_:reason:)`` sends a message taken from `queue`.
    func deadLetterTarget(of queue: String) -> (exchange: String, routingKey: String)? {
        guard let spec = queues.first(where: { $0.name == queue }), let exchange = spec.deadLetterExchange else {
            return nil
        }
        return (exchange, spec.deadLetterRoutingKey ?? queue)
    }
}
