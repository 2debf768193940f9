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
            var firstDelivery: Delivery?
            for await delivery in first.deliveries {
                firstDelivery = delivery
                break
            }
            #expect(firstDelivery?.redelivered == false)
            #expect(firstDelivery?.deliveryCount == nil)
            await first.shutdown()

            let second = fixture.consumer()
            var secondDelivery: Delivery?
            for await delivery in second.deliveries {
                secondDelivery = delivery
                break
            }
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
}
