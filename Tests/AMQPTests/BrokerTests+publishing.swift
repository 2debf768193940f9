import Testing
import TestSupport

@testable import AMQP

extension BrokerTests {
    @Test(.timeLimit(.minutes(3)))
    func tenThousandConfirmedMessagesAreConsumedExactlyOnce() async throws {
        try await BrokerFixture.with("exactly_once") { fixture in
            let publisher = fixture.publisher()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for call in 0..<100 {
                    group.addTask {
                        try await publisher.publish((0..<100).map { fixture.message("m-\(call)-\($0)") })
                    }
                }
                try await group.waitForAll()
            }
            await publisher.shutdown()
            #expect(try await fixture.messageCount(fixture.queue) == 10_000)

            let consumer = fixture.consumer(prefetch: 500)
            let seen = try await consume(consumer, timeout: .seconds(90)) { $0.countsById.count == 10_000 }
            // Anything redelivered or duplicated would arrive now, after the last ack.
            try await Task.sleep(for: .milliseconds(500))
            await consumer.shutdown()

            #expect(seen.deliveries == 10_000)
            #expect(seen.countsById.values.allSatisfy { $0 == 1 })
            let expected = Set((0..<100).flatMap { call in (0..<100).map { "m-\(call)-\($0)" } })
            #expect(Set(seen.countsById.keys) == expected)
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }

    @Test func unroutableMandatoryMessagesAreReportedByIndex() async throws {
        try await BrokerFixture.with("returns") { fixture in
            let publisher = fixture.publisher()
            var unroutable = fixture.message("lost")
            unroutable.routingKey = "nobody.binds.this"
            unroutable.mandatory = true
            var dropped = fixture.message("dropped")
            dropped.routingKey = "nobody.binds.this"
            let batch = [fixture.message("a"), unroutable, fixture.message("b"), dropped]
            let failure = try await #require(throws: PublishFailure.self) {
                try await publisher.publish(batch)
            }
            await publisher.shutdown()
            #expect(failure.failures.map(\.index) == [1])
            #expect(failure.failures.first?.reason.contains("312 NO_ROUTE") == true)
            #expect(try await fixture.messageCount(fixture.queue) == 2)
        }
    }

    @Test func publishAfterShutdownFailsWithTheReason() async throws {
        try await BrokerFixture.with("after_shutdown") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("first")])
            await publisher.shutdown()
            await publisher.shutdown()
            let failure = try await #require(throws: PublishFailure.self) {
                try await publisher.publish([fixture.message("late")])
            }
            #expect(failure.failures.map(\.index) == [0])
            #expect(failure.failures.first?.reason == AMQPError.shutdown.description)
        }
    }

    @Test func unreachableBrokerFailsThePublishAtItsTimeoutWithTheCause() async throws {
        let configuration = AMQPConfiguration(
            url: try AMQPURL("amqp://u:p@127.0.0.1:9/v"), connectionName: "amqp-tests-unreachable")
        let publisher = AMQPPublisher(configuration: configuration, logger: .init(label: "amqp-tests"))
        let message = OutgoingMessage(exchange: "x", routingKey: "y", body: [1])
        let failure = try await #require(throws: PublishFailure.self) {
            try await publisher.publish([message], timeout: .seconds(1))
        }
        await publisher.shutdown()
        let reason = try #require(failure.failures.first?.reason)
        #expect(reason.contains("not confirmed within"))
        #expect(reason.contains("cannot reach 127.0.0.1:9"))
    }

    @Test func wrongPasswordIsReportedWithTheBrokersRefusal() async throws {
        var url = try AMQPURL(TestEnvironment.amqpURL)
        url.password = "definitely-wrong"
        let configuration = AMQPConfiguration(url: url, connectionName: "amqp-tests-bad-password")
        let publisher = AMQPPublisher(configuration: configuration, logger: .init(label: "amqp-tests"))
        let message = OutgoingMessage(exchange: "x", routingKey: "y", body: [1])
        let failure = try await #require(throws: PublishFailure.self) {
            try await publisher.publish([message], timeout: .seconds(10))
        }
        await publisher.shutdown()
        let reason = try #require(failure.failures.first?.reason)
        #expect(reason.contains("403"))
        #expect(!reason.contains("definitely-wrong"))
    }
}
