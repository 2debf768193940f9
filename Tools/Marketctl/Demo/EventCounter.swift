import AMQP
import EventContracts
import Foundation
import Synchronization

/// Counts what crosses the exchange, by emitting service and type, from a transient queue of its own.
final class EventCounter: Sendable {
    private let counts = Mutex<[String: [String: Int]]>([:])
    private let lastSeen = Mutex<ContinuousClock.Instant>(.now)
    private let consumer: AMQPConsumer

    init(broker: BrokerOptions) throws {
        let queue = QueueSpec.transient(
            name: "marketctl.demo.\(UUID().uuidString.prefix(8).lowercased())",
            bindings: [QueueSpec.Binding(exchange: broker.exchange, routingKey: "#")])
        consumer = AMQPConsumer(
            configuration: try broker.configuration("demo-counter"), queue: queue.name, prefetch: 500,
            topology: Topology(exchanges: [ExchangeSpec(name: broker.exchange, kind: .topic)], queues: [queue]),
            logger: broker.logger)
    }

    /// Counts until ``stop()``.
    func run() async {
        for await delivery in consumer.deliveries {
            let message = ReceivedMessage(delivery)
            let source = message.envelope.map { $0.source.replacingOccurrences(of: "urn:market:", with: "") } ?? "?"
            counts.withLock { $0[source, default: [:]][message.type, default: 0] += 1 }
            lastSeen.withLock { $0 = .now }
            try? await consumer.ack(delivery.tag, multiple: false)
        }
    }

    func stop() async { await consumer.shutdown() }

    /// Events by source (the emitting service, or marketctl) and type.
    var snapshot: [String: [String: Int]] { counts.withLock { $0 } }
    var quietFor: Duration { lastSeen.withLock { $0.duration(to: .now) } }

    func count(_ type: String) -> Int { snapshot.values.reduce(0) { $0 + ($1[type] ?? 0) } }

    /// Every event counted so far, and how long ago `since` the last one arrived (the system's working time
    /// when `since` is the moment the feed started).
    func throughput(since start: ContinuousClock.Instant) -> (events: Int, seconds: Double) {
        let events = snapshot.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        let busy = start.duration(to: lastSeen.withLock { $0 })
        return (events, Double(busy.components.seconds) + Double(busy.components.attoseconds) / 1e18)
    }
}
