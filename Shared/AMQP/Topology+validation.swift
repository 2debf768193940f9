extension Topology {
    /// Rejects what the broker would refuse with a channel error, so a bad topology is reported by name
    /// instead of as a reconnect loop.
    func validate() throws(AMQPError) {
        for exchange in exchanges {
            try Self.checkName(exchange.name, what: "exchange")
            if exchange.name.hasPrefix("amq.") {
                throw .invalidArgument("exchange name '\(exchange.name)' uses the reserved prefix 'amq.'")
            }
        }
        for queue in queues {
            try Self.checkName(queue.name, what: "queue")
            if let limit = queue.deliveryLimit, limit < 1 || limit > Int(Int32.max) {
                throw .invalidArgument("queue '\(queue.name)': deliveryLimit \(limit) is not in 1...\(Int32.max)")
            }
            if queue.deliveryLimit != nil && !queue.quorum {
                throw .invalidArgument("queue '\(queue.name)': deliveryLimit needs a quorum queue")
            }
            for binding in queue.bindings {
                try Self.checkName(binding.exchange, what: "binding exchange")
                try Self.checkShortString(binding.routingKey, what: "routing key")
            }
        }
    }

    static func checkName(_ name: String, what: String) throws(AMQPError) {
        if name.isEmpty { throw .invalidArgument("\(what) name is empty") }
        try checkShortString(name, what: "\(what) name")
    }

    /// AMQP 0-9-1 short strings (names, routing keys) hold at most 255 bytes.
    static func checkShortString(_ text: String, what: String) throws(AMQPError) {
        if text.utf8.count > 255 {
            throw .invalidArgument("\(what) '\(text.prefix(40))…' is \(text.utf8.count) bytes, the limit is 255")
        }
    }
}
