import Testing

@testable import AMQP

extension BrokerTests {
    @Test func deadLetteredMessageReachesTheDLQWithItsReasonAndLeavesTheQueue() async throws {
        try await BrokerFixture.with("dead_letter") { fixture in
            let publisher = fixture.publisher()
            let poison = "{\"brickId\": 42, \"broken\": true}"
            try await publisher.publish([
                fixture.message("good-1"), fixture.message("poison", body: poison), fixture.message("good-2"),
            ])
            await publisher.shutdown()

            let consumer = fixture.consumer()
            var received: [Delivery] = []
            for await delivery in consumer.deliveries {
                received.append(delivery)
                if received.count == 3 { break }
            }
            let bad = try #require(received.first { $0.messageId == "poison" })
            let reason = "data.brickId: expected a UUID string"
            try await consumer.deadLetter(bad, reason: reason)
            let lastGood = try #require(received.last { $0.messageId != "poison" })
            try await consumer.ack(lastGood.tag, multiple: true)
            await consumer.shutdown()
            // Nothing went back to the queue: the original was acked after its copy was confirmed.
            #expect(try await fixture.messageCount(fixture.queue) == 0)

            let copy = try await fixture.takeDeadLetter()

            #expect(copy.messageId == "poison")
            #expect(copy.body == Array(poison.utf8))
            #expect(copy.headers["x-dead-letter-reason"] == reason)
            #expect(copy.headers["x-original-routing-key"] == fixture.routingKey)
            #expect(copy.headers["x-original-exchange"] == fixture.exchange)
            #expect(copy.headers["x-original-redelivered"] == "false")
            #expect(copy.contentType == "application/cloudevents+json")
            #expect(try await fixture.messageCount(fixture.deadLetterQueue) == 0)
        }
    }

    /// A consumer that died before acking hands the message back; its dead-letter copy then says it came
    /// from a redelivery, so a reader of the DLQ can tell a second copy from a second message.
    @Test func aDeadLetterCopyOfARedeliveryIsMarkedRedelivered() async throws {
        try await BrokerFixture.with("dead_letter_redelivered") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("poison", body: "{}")])
            await publisher.shutdown()

            let first = fixture.consumer()
            _ = await first.nextDelivery()
            await first.shutdown()  // unacked: back to the queue

            let second = fixture.consumer()
            let again = await second.nextDelivery()
            let redelivered = try #require(again)
            #expect(redelivered.redelivered || (redelivered.deliveryCount ?? 0) > 0)
            try await second.deadLetter(redelivered, reason: "unreadable")
            await second.shutdown()

            let copy = try await fixture.takeDeadLetter()
            #expect(copy.messageId == "poison")
            #expect(copy.headers["x-original-redelivered"] == "true")
        }
    }

    @Test func deadLetterWithoutADeadLetterExchangeIsRefused() async throws {
        try await BrokerFixture.with("no_dlx") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("one")])
            await publisher.shutdown()
            // A consumer whose topology gives the queue no dead-letter exchange (declaring nothing, so the
            // existing queue's arguments are not contradicted).
            let consumer = AMQPConsumer(
                configuration: fixture.configuration, queue: fixture.queue, prefetch: 10, topology: Topology(),
                logger: fixture.logger)
            let first = await consumer.nextDelivery()
            let delivery = try #require(first)
            await #expect(throws: AMQPError.noDeadLetterExchange(queue: fixture.queue)) {
                try await consumer.deadLetter(delivery, reason: "bad")
            }
            try await consumer.ack(delivery.tag, multiple: false)
            await consumer.shutdown()
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }

    @Test func acksOfAnotherGenerationAreRefusedAsStale() async throws {
        try await BrokerFixture.with("stale") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("only")])
            await publisher.shutdown()
            let consumer = fixture.consumer()
            let first = await consumer.nextDelivery()
            let delivery = try #require(first)
            let stale = DeliveryTag(generation: delivery.tag.generation + 1, value: delivery.tag.value)
            await #expect(throws: AMQPError.staleDeliveryTag) {
                try await consumer.ack(stale, multiple: false)
            }
            try await consumer.ack(delivery.tag, multiple: false)
            // A second ack of the same tag must not close the channel (the broker would answer 406).
            try await consumer.ack(delivery.tag, multiple: true)
            await consumer.shutdown()
            await #expect(throws: AMQPError.shutdown) {
                try await consumer.ack(delivery.tag, multiple: false)
            }
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }
}
