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

extension BrokerTests {
    /// Publishes leave many to a write (PublishFrames): bodies spanning several frames, properties and
    /// headers must still arrive exactly as sent, and a message that cannot be encoded fails alone.
    @Test(.timeLimit(.minutes(1)))
    func batchedFramesArriveIntactAndAnUnencodableMessageFailsAlone() async throws {
        try await BrokerFixture.with("frames") { fixture in
            let publisher = fixture.publisher()
            var large = fixture.message("large")
            large.body = (0..<300_000).map { UInt8($0 % 253) }
            var headed = fixture.message("headed")
            headed.headers = ["x-note": "ünïcode \"quoted\"", "x-empty": ""]
            headed.contentType = "application/json"
            var unencodable = fixture.message("unencodable")
            unencodable.headers = ["x-huge": String(repeating: "y", count: 200_000)]
            let batch = [large, fixture.message("small")] + [unencodable, headed]
            let failure = try await #require(throws: PublishFailure.self) { try await publisher.publish(batch) }
            #expect(failure.failures.map(\.index) == [2])
            #expect(failure.failures.first?.reason.contains("more than one frame") == true)
            await publisher.shutdown()

            let consumer = fixture.consumer()
            var iterator = consumer.deliveries.makeAsyncIterator()
            var received: [String: Delivery] = [:]
            while received.count < 3, let delivery = await iterator.next() {
                received[delivery.messageId ?? ""] = delivery
                try await consumer.ack(delivery.tag, multiple: false)
            }
            await consumer.shutdown()
            #expect(received["large"]?.body == large.body)
            #expect(received["small"]?.body == fixture.message("small").body)
            #expect(received["headed"]?.headers == headed.headers)
            #expect(received["headed"]?.contentType == "application/json")
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }
}
