import Foundation
import Logging
import Synchronization
import Testing
import TestSupport

@testable import AMQP

/// Every test that talks to the real broker. Serialized because the restart test stops the broker for
/// everyone in this process.
@Suite(.serialized) struct BrokerTests {}

/// Unique queue and exchange names for one test, and the clean-up that deletes them.
struct BrokerFixture: Sendable {
    let queue: String
    let exchange: String
    let deadLetterExchange: String
    let routingKey = "test.event"
    let topology: Topology
    let configuration: AMQPConfiguration
    let logger: Logger

    init(_ prefix: String, heartbeatSeconds: Int = 10) throws {
        queue = TestEnvironment.uniqueName("amqp_\(prefix)")
        exchange = TestEnvironment.uniqueName("amqp_events")
        deadLetterExchange = TestEnvironment.uniqueName("amqp_dlx")
        topology = .service(queue, consumes: [routingKey], exchange: exchange, deadLetterExchange: deadLetterExchange)
        configuration = AMQPConfiguration(
            url: try AMQPURL(TestEnvironment.amqpURL), connectionName: "amqp-tests-\(prefix)",
            heartbeatSeconds: heartbeatSeconds, reconnectBackoff: 0.1...2.0)
        var logger = Logger(label: "amqp-tests")
        logger.logLevel = .info
        self.logger = logger
    }

    var deadLetterQueue: String { "\(queue).dlq" }

    func message(_ id: String, body: String? = nil) -> OutgoingMessage {
        OutgoingMessage(
            exchange: exchange, routingKey: routingKey, body: Array((body ?? "{\"id\":\"\(id)\"}").utf8), messageId: id)
    }

    func publisher() -> AMQPPublisher { AMQPPublisher(configuration: configuration, topology: topology, logger: logger) }

    func consumer(queue: String? = nil, prefetch: Int = 500) -> AMQPConsumer {
        AMQPConsumer(
            configuration: configuration, queue: queue ?? self.queue, prefetch: prefetch, topology: topology,
            logger: logger)
    }

    func messageCount(_ queue: String) async throws -> Int {
        try await AMQPAdministration.messageCount(queue: queue, configuration: configuration)
    }

    /// Runs `body`, then deletes the queues and exchanges whether or not it failed.
    static func with(
        _ prefix: String, heartbeatSeconds: Int = 10, _ body: (BrokerFixture) async throws -> Void
    ) async throws {
        let fixture = try BrokerFixture(prefix, heartbeatSeconds: heartbeatSeconds)
        do {
            try await body(fixture)
        } catch {
            try? await fixture.cleanUp()
            throw error
        }
        try await fixture.cleanUp()
    }

    func cleanUp() async throws {
        try await AMQPAdministration.delete(
            queues: [queue, deadLetterQueue], exchanges: [exchange, deadLetterExchange], configuration: configuration)
    }
}

/// A value shared between the tasks of one test.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result { mutex.withLock { body(&$0) } }

    var value: Value { mutex.withLock { $0 } }
}

struct TimedOut: Error, CustomStringConvertible {
    let description: String
}

/// What a consuming loop saw.
struct Consumed: Sendable {
    var deliveries = 0
    var countsById: [String: Int] = [:]
    var generations: Set<UInt64> = []
    var staleAcks = 0
}

/// Consumes until `isDone` holds (or throws `TimedOut`), acking with multiple=true every `ackEvery`
/// deliveries and at the end. With `tolerateStaleAcks`, acks refused for a dead connection are counted
/// instead of failing (their messages come back).
func consume(
    _ consumer: AMQPConsumer, timeout: Duration, ackEvery: Int = 100, tolerateStaleAcks: Bool = false,
    until isDone: @escaping @Sendable (Consumed) -> Bool
) async throws -> Consumed {
    let progress = Shared(Consumed())
    return try await withThrowingTaskGroup(of: Bool.self) { group in
        group.addTask {
            var unacked = 0
            for await delivery in consumer.deliveries {
                let snapshot = progress.withLock { seen in
                    seen.deliveries += 1
                    seen.countsById[delivery.messageId ?? "", default: 0] += 1
                    seen.generations.insert(delivery.tag.generation)
                    return seen
                }
                unacked += 1
                let done = isDone(snapshot)
                if unacked >= ackEvery || done {
                    do {
                        try await consumer.ack(delivery.tag, multiple: true)
                    } catch AMQPError.staleDeliveryTag where tolerateStaleAcks {
                        progress.withLock { $0.staleAcks += 1 }
                    }
                    unacked = 0
                }
                if done { return true }
            }
            return false
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            return false
        }
        let finished = try await group.next() ?? false
        group.cancelAll()
        let seen = progress.value
        guard finished else {
            throw TimedOut(description: "consumed \(seen.deliveries) deliveries (\(seen.countsById.count) distinct) before giving up")
        }
        return seen
    }
}

/// Runs a blocking call (a script, a process) on its own thread instead of the concurrency pool.
func onOwnThread(_ work: @escaping @Sendable () throws -> Void) async throws {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
