import Testing

@testable import AMQP

extension AMQPConsumer {
    /// The next delivery, or nil when the stream ends before one arrives.
    func nextDelivery() async -> Delivery? {
        for await delivery in deliveries { return delivery }
        return nil
    }
}

extension BrokerFixture {
    /// Takes one copy from the dead-letter queue, acks it, and returns it.
    func takeDeadLetter() async throws -> Delivery {
        let consumer = consumer(queue: deadLetterQueue)
        let copy = await consumer.nextDelivery()
        if let copy { try await consumer.ack(copy.tag, multiple: false) }
        await consumer.shutdown()
        return try #require(copy)
    }
}
