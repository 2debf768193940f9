import Testing

@testable import AMQP

extension BrokerTests {
    /// Unacked deliveries go back to the queue when the consumer shuts down, and come again marked as
    /// redelivered with the quorum queue's delivery count.
    @Test func unackedDeliveriesComeBackWithTheirDeliveryCount() async throws {
        try await BrokerFixture.with("redelivery") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("again")])
            await publisher.shutdown()

            let first = fixture.consumer()
            let firstDelivery = await first.nextDelivery()
            #expect(firstDelivery?.redelivered == false)
            #expect(firstDelivery?.deliveryCount == nil)
            await first.shutdown()

            let second = fixture.consumer()
            let secondDelivery = await second.nextDelivery()
            let again = try #require(secondDelivery)
            try await second.ack(again.tag, multiple: false)
            await second.shutdown()
            #expect(again.messageId == "again")
            #expect(again.redelivered)
            #expect(again.deliveryCount == 1)
            #expect(again.headers["x-delivery-count"] == "1")
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }

    /// Deleting the queue makes the broker cancel the consumer (consumer_cancel_notify); the consumer must
    /// reconnect, re-declare the queue and consume again instead of going silent.
    @Test(.timeLimit(.minutes(1)))
    func consumerComesBackAfterTheBrokerCancelsIt() async throws {
        try await BrokerFixture.with("cancelled") { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("before")])
            let consumer = fixture.consumer()
            var iterator = consumer.deliveries.makeAsyncIterator()
            let before = try #require(await iterator.next())
            try await consumer.ack(before.tag, multiple: false)

            try await AMQPAdministration.delete(queues: [fixture.queue], exchanges: [], configuration: fixture.configuration)
            // Mandatory, so a publish racing the re-declare is returned instead of silently dropped.
            var after = fixture.message("after")
            after.mandatory = true
            while true {
                do {
                    try await publisher.publish([after])
                    break
                } catch is PublishFailure {
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
            let delivery = try #require(await iterator.next())
            #expect(delivery.messageId == "after")
            #expect(delivery.tag.generation > before.tag.generation)
            try await consumer.ack(delivery.tag, multiple: false)
            await consumer.shutdown()
            await publisher.shutdown()
        }
    }
}
