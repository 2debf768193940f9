import AMQP
import EventContracts
import Foundation
import Logging
import Synchronization
import TestSupport

/// Everything the services emit during a run: a queue bound to the run's exchange with `#`, read
/// from the moment the run starts into memory, so a story asks for the events it cares about
/// (by type and subject) whenever it likes.
///
/// The queue is transient (classic, auto-deleted when this consumer goes), so a crashed test run
/// never leaves a queue collecting an external deployment's events.
final class EventSink: Sendable {
    let queue: String
    private let consumer: AMQPConsumer
    private let received = Mutex<[EventEnvelope]>([])
    private let reader = Mutex<Task<Void, Never>?>(nil)

    init(exchange: String, amqp: AMQPConfiguration, logger: Logger) {
        let queue = "\(exchange).sink.\(UUID().uuidString.prefix(8).lowercased())"
        self.queue = queue
        let topology = Topology(
            exchanges: [ExchangeSpec(name: exchange, kind: .topic)],
            queues: [.transient(name: queue, bindings: [.init(exchange: exchange, routingKey: "#")])])
        consumer = AMQPConsumer(configuration: amqp, queue: queue, prefetch: 500, topology: topology, logger: logger)
    }

    /// Starts reading; returns once a probe message that `publish` sends (to the routing key it is
    /// given) came back through the queue. Only a delivered probe proves the `#` binding: the queue
    /// exists a moment before it is bound, and whatever is published in that moment is lost.
    func start(publishingProbes publish: @escaping @Sendable (String) async throws -> Void) async throws {
        let probeKey = "e2e.sink-probe.\(UUID().uuidString.lowercased())"
        let probed = Mutex(false)
        let task = Task { [self] in
            for await delivery in consumer.deliveries {
                if delivery.routingKey == probeKey {
                    probed.withLock { $0 = true }
                } else if let envelope = try? EventEnvelope(decoding: Data(delivery.body)) {
                    received.withLock { $0.append(envelope) }
                }
                try? await consumer.ack(delivery.tag, multiple: false)
            }
        }
        reader.withLock { $0 = task }
        let bound = try await eventually(timeout: .seconds(60)) {
            if probed.withLock({ $0 }) { return true }
            try await publish(probeKey)
            return probed.withLock { $0 }
        }
        guard bound else { throw HarnessError.sinkNotBound(queue) }
    }

    /// The events of type `P` received so far whose subject is `subject` (any subject when nil).
    func events<P: EventPayload>(_ type: P.Type, subject: String? = nil) -> [CloudEvent<P>] {
        let matching = received.withLock { envelopes in
            envelopes.filter { $0.type == P.eventType && (subject == nil || $0.subject == subject) }
        }
        return matching.compactMap { try? $0.decode(as: P.self) }
    }

    func stop() async {
        await consumer.shutdown()
        reader.withLock { $0 }?.cancel()
    }
}
