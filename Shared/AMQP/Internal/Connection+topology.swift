import CAMQPShim
import CRabbitMQ

extension Connection {
    /// Declares every exchange, queue and binding of `topology` on `channel`. Idempotent, so it runs on
    /// every (re)connect and brings the shape back after a broker restart.
    func declare(_ topology: Topology, channel: amqp_channel_t) throws(AMQPError) {
        try topology.validate()
        let arena = ByteArena()
        for exchange in topology.exchanges {
            amqp_exchange_declare(
                state, channel, arena.bytes(exchange.name), arena.bytes(exchange.kind.rawValue), 0,
                exchange.durable ? 1 : 0, 0, 0, amqp_empty_table)
            try checkLastReply(channel: channel, "declare exchange '\(exchange.name)'")
        }
        for queue in topology.queues {
            let durable: amqp_boolean_t = queue.transient ? 0 : 1
            let autoDelete: amqp_boolean_t = queue.transient ? 1 : 0
            amqp_queue_declare(
                state, channel, arena.bytes(queue.name), 0, durable, 0, autoDelete, arena.table(queue.arguments))
            try checkLastReply(channel: channel, "declare queue '\(queue.name)'")
            for binding in queue.bindings {
                amqp_queue_bind(
                    state, channel, arena.bytes(queue.name), arena.bytes(binding.exchange),
                    arena.bytes(binding.routingKey), amqp_empty_table)
                try checkLastReply(
                    channel: channel, "bind queue '\(queue.name)' to '\(binding.exchange)' with '\(binding.routingKey)'")
            }
        }
    }

    /// Deletes queues and exchanges (tests and tooling clean up what they created).
    func delete(queues: [String], exchanges: [String], channel: amqp_channel_t) throws(AMQPError) {
        let arena = ByteArena()
        for queue in queues {
            amqp_queue_delete(state, channel, arena.bytes(queue), 0, 0)
            try checkLastReply(channel: channel, "delete queue '\(queue)'")
        }
        for exchange in exchanges {
            amqp_exchange_delete(state, channel, arena.bytes(exchange), 0)
            try checkLastReply(channel: channel, "delete exchange '\(exchange)'")
        }
    }

    /// The number of ready messages in `queue` (passive declare: fails if the queue does not exist).
    func status(queue: String, channel: amqp_channel_t) throws(AMQPError) -> QueueStatus {
        let arena = ByteArena()
        let reply = amqp_queue_declare(state, channel, arena.bytes(queue), 1, 0, 0, 0, amqp_empty_table)
        try checkLastReply(channel: channel, "inspect queue '\(queue)'")
        return QueueStatus(
            messages: reply.map { Int($0.pointee.message_count) } ?? 0,
            consumers: reply.map { Int($0.pointee.consumer_count) } ?? 0)
    }
}

extension QueueSpec {
    /// The x-arguments that make the queue a quorum queue with bounded redelivery and dead-lettering.
    var arguments: [(key: String, value: FieldValue)] {
        var arguments: [(key: String, value: FieldValue)] = []
        if quorum { arguments.append(("x-queue-type", .string("quorum"))) }
        if let deliveryLimit { arguments.append(("x-delivery-limit", .int64(Int64(deliveryLimit)))) }
        if let deadLetterExchange { arguments.append(("x-dead-letter-exchange", .string(deadLetterExchange))) }
        if let deadLetterRoutingKey { arguments.append(("x-dead-letter-routing-key", .string(deadLetterRoutingKey))) }
        return arguments
    }
}
