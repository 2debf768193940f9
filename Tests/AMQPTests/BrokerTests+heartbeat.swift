import Testing

@testable import AMQP

extension BrokerTests {
    /// With a 2 s heartbeat the broker drops a connection that stays silent for about 4 s. The handler
    /// below "works" for 8 s without touching the consumer; the owning thread must keep the heartbeats
    /// going so the same connection generation can still ack.
    @Test(.timeLimit(.minutes(1)))
    func heartbeatsKeepTheConnectionWhileAHandlerWorks() async throws {
        try await BrokerFixture.with("heartbeat", heartbeatSeconds: 2) { fixture in
            let publisher = fixture.publisher()
            try await publisher.publish([fixture.message("slow")])

            let consumer = fixture.consumer()
            var iterator = consumer.deliveries.makeAsyncIterator()
            let first = try #require(await iterator.next())
            try await Task.sleep(for: .seconds(8))
            try await consumer.ack(first.tag, multiple: false)

            try await publisher.publish([fixture.message("after")])
            let second = try #require(await iterator.next())
            #expect(second.messageId == "after")
            #expect(second.tag.generation == first.tag.generation)
            try await consumer.ack(second.tag, multiple: false)
            await consumer.shutdown()
            await publisher.shutdown()
            #expect(try await fixture.messageCount(fixture.queue) == 0)
        }
    }
}
