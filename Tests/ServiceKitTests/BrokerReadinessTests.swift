import AMQP
import Logging
import ServiceKit
import TestSupport
import Testing

/// The broker readiness check passes only once the queue has a consumer (consumers start after every
/// binding is declared), not merely when the queue exists.
@Suite struct BrokerReadinessTests {
    @Test func readyOnlyWhileTheQueueHasAConsumer() async throws {
        let queue = TestEnvironment.uniqueName("readiness").replacingOccurrences(of: "_", with: "-")
        let url = try AMQPURL(TestEnvironment.amqpURL)
        let check = HealthCheck.brokerConsuming(queue: queue, url: url, connectionName: "readiness-check")
        let logger = Logger(label: "readiness-test")
        let topology = Topology.service(queue, consumes: ["readiness.test"], exchange: "\(queue).events")

        #expect(await check.probe() == false)  // no queue yet

        // The queue and its bindings exist, nobody consumes: still not ready.
        let publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: url, connectionName: "readiness-declare"), topology: topology, logger: logger)
        try await publisher.publish([OutgoingMessage(exchange: "\(queue).events", routingKey: "readiness.nobody", body: [1])])
        await publisher.shutdown()
        #expect(await check.probe() == false)

        let consumer = AMQPConsumer(
            configuration: AMQPConfiguration(url: url, connectionName: "readiness-consumer"), queue: queue, prefetch: 1,
            topology: topology, logger: logger)
        _ = consumer.deliveries  // starts it
        var ready = false
        for _ in 0..<600 where !ready {
            ready = await check.probe()
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(ready)

        await consumer.shutdown()
        #expect(await check.probe() == false)
        try await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq"], exchanges: ["\(queue).events"],
            configuration: AMQPConfiguration(url: url, connectionName: "readiness-cleanup"))
    }
}
