import CAMQPShim
import CRabbitMQ

extension Connection {
    /// Sets per-consumer prefetch (global=false: quorum queues refuse global QoS) and starts a manual-ack
    /// consumer on `queue`; returns the broker-assigned consumer tag.
    func startConsuming(queue: String, prefetch: UInt16, channel: amqp_channel_t) throws(AMQPError) -> String {
        amqp_basic_qos(state, channel, 0, prefetch, 0)
        try checkLastReply(channel: channel, "basic.qos prefetch \(prefetch)")
        let arena = ByteArena()
        let reply = amqp_basic_consume(state, channel, arena.bytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
        try checkLastReply(channel: channel, "consume from queue '\(queue)'")
        return reply.map { $0.pointee.consumer_tag.string } ?? ""
    }

    /// Stops deliveries for `consumerTag`; unacked ones stay with this channel until it closes.
    func cancelConsumer(_ consumerTag: String, channel: amqp_channel_t) throws(AMQPError) {
        let arena = ByteArena()
        amqp_basic_cancel(state, channel, arena.bytes(consumerTag))
        try checkLastReply(channel: channel, "cancel consumer '\(consumerTag)'")
    }

    func ack(_ deliveryTag: UInt64, multiple: Bool, channel: amqp_channel_t) throws(AMQPError) {
        try check(status: amqp_basic_ack(state, channel, deliveryTag, multiple ? 1 : 0), "ack \(deliveryTag)")
    }
}
