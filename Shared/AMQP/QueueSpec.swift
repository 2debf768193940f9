/// A queue to declare, with its dead-lettering and bindings, on every (re)connect.
///
/// Quorum queues (the default) get `x-queue-type=quorum`; `deliveryLimit` becomes `x-delivery-limit`
/// (quorum only; RabbitMQ 3.10 has no default, so a poison message would loop forever without it).
/// A ``transient`` queue is for a tool that watches the exchange: classic, not durable, and deleted
/// by the broker when its consumer goes.
public struct QueueSpec: Sendable, Hashable {
    /// Binds the queue to `exchange` with `routingKey`.
    public struct Binding: Sendable, Hashable {
        public var exchange: String
        public var routingKey: String

        public init(exchange: String, routingKey: String) {
            self.exchange = exchange
            self.routingKey = routingKey
        }
    }

    public var name: String
    public var quorum: Bool
    public var deadLetterExchange: String?
    public var deadLetterRoutingKey: String?
    public var deliveryLimit: Int?
    public var bindings: [Binding]
    public var transient: Bool

    public init(
        name: String, quorum: Bool = true, deadLetterExchange: String? = nil,
        deadLetterRoutingKey: String? = nil, deliveryLimit: Int? = nil, bindings: [Binding] = []
    ) {
        self.name = name
        self.quorum = quorum
        self.transient = false
        self.deadLetterExchange = deadLetterExchange
        self.deadLetterRoutingKey = deadLetterRoutingKey
        self.deliveryLimit = deliveryLimit
        self.bindings = bindings
    }

    /// A classic, non-durable, auto-deleted queue bound as `bindings` say.
    public static func transient(name: String, bindings: [Binding]) -> QueueSpec {
        var spec = QueueSpec(name: name, quorum: false, bindings: bindings)
        spec.transient = true
        return spec
    }
}
