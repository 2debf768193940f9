import AMQP
import EventContracts
import Foundation

/// One service's dead-letter queue, read without losing anything: messages not explicitly settled go
/// back to the queue when the reader closes.
struct DeadLetterQueue {
    let name: String
    let broker: BrokerOptions

    static let services = ["voting", "pricing", "wave-planning", "purchase-execution", "warehouse-orders", "ranking-metrics"]

    /// Reads up to `limit` letters, lets `settle` ack the ones it handled, and returns the rest to the queue.
    func read(limit: Int, settle: (ReceivedMessage, AMQPConsumer) async throws -> Void = { _, _ in }) async throws -> [ReceivedMessage] {
        let configuration = try broker.configuration("dead-letters")
        let waiting = try await AMQPAdministration.messageCount(queue: name, configuration: configuration)
        let wanted = min(waiting, limit)
        guard wanted > 0 else { return [] }
        let consumer = AMQPConsumer(
            configuration: configuration, queue: name, prefetch: wanted,
            topology: Topology(queues: [QueueSpec(name: name)]), logger: broker.logger)
        var letters: [ReceivedMessage] = []
        do {
            for await delivery in consumer.deliveries {
                let letter = ReceivedMessage(delivery)
                try await settle(letter, consumer)
                letters.append(letter)
                if letters.count == wanted { break }
            }
        } catch {
            await consumer.shutdown()
            throw error
        }
        await consumer.shutdown()
        return letters
    }
}
