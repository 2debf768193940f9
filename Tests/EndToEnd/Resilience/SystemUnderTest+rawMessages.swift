import AMQP
import Foundation

extension SystemUnderTest {
    /// Publishes `messages` exactly as given (any bytes, any content type, any routing key), with
    /// confirms, through a publisher of its own: what a broken or hostile system would send.
    func publishRaw(_ messages: [OutgoingMessage]) async throws {
        let publisher = AMQPPublisher(
            configuration: try Self.amqp("resilience-raw"), topology: Topology(exchanges: [ExchangeSpec(name: exchange, kind: .topic)]),
            logger: logger)
        do {
            for start in stride(from: 0, to: messages.count, by: 500) {
                try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]), timeout: .seconds(120))
            }
        } catch {
            await publisher.shutdown()
            throw error
        }
        await publisher.shutdown()
    }

    /// The dead-letter queue of `service` in this run.
    func deadLetterQueue(_ service: MarketService) throws -> String { MarketService.deadLetterQueue(of: try queue(service)) }

    /// The ready messages in `queue`.
    func messageCount(_ queue: String) async throws -> Int {
        try await AMQPAdministration.messageCount(queue: queue, configuration: try Self.amqp("resilience-count"))
    }

    /// Takes and acks up to `count` messages from `queue`: what arrived within `timeout`.
    func drain(_ queue: String, count: Int, timeout: Duration = .seconds(120)) async throws -> [Delivery] {
        guard count > 0 else { return [] }
        let consumer = AMQPConsumer(
            configuration: try Self.amqp("resilience-drain"), queue: queue, prefetch: 500, topology: Topology(), logger: logger)
        let reader = Task {
            var deliveries: [Delivery] = []
            for await delivery in consumer.deliveries {
                deliveries.append(delivery)
                // Acks as it goes: the broker sends no more than the prefetch unacknowledged.
                if deliveries.count >= count || deliveries.count % 250 == 0 {
                    try? await consumer.ack(delivery.tag, multiple: true)
                }
                if deliveries.count >= count { break }
            }
            return deliveries
        }
        let watchdog = Task {
            try? await Task.sleep(for: timeout)
            await consumer.shutdown()
        }
        let deliveries = await reader.value
        watchdog.cancel()
        await consumer.shutdown()
        return deliveries
    }
}
