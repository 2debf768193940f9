import AMQP
import Foundation
import Testing

/// ServiceKit's whole path, in a real child process against the real servers: consume a batch,
/// inbox + state + outbox in one transaction, ack, relay with confirms.
@Suite(.serialized) struct ConsumerIntegrationTests {
    @Test func tenThousandEventsAreEachAppliedOnceAndWhatTheyEmitIsPublished() async throws {
        let probe = try ProbeHarness()
        try probe.start()
        let events = probe.listings(10_000)
        try await probe.publish(events)

        #expect(try await probe.eventually(timeout: .seconds(120)) { try await probe.appliedCount() >= 10_000 })
        #expect(try await probe.appliedCount() == 10_000)
        #expect(try await probe.appliedTwice().isEmpty)
        let emitted = try await probe.distinctMessageIDs(in: probe.sinkQueue, expected: 10_000, timeout: .seconds(60))
        #expect(emitted.count == 10_000)
        #expect(try await probe.eventually(timeout: .seconds(60)) { try await probe.unpublishedOutboxRows() == 0 })
        await probe.tearDown()
    }

    @Test func everyEventDeliveredTwiceIsStillAppliedOnce() async throws {
        let probe = try ProbeHarness()
        try probe.start()
        let events = probe.listings(2_000)
        // Each event twice: once in a first wave and again, shuffled, in a second.
        try await probe.publish(events)
        try await probe.publish(events.shuffled())

        #expect(try await probe.eventually(timeout: .seconds(60)) { try await probe.appliedCount() >= 2_000 })
        // Give the second copies time to arrive and be skipped.
        #expect(
            try await probe.eventually(timeout: .seconds(30)) {
                try await AMQPAdministration.messageCount(queue: probe.queue, configuration: ProbeHarness.amqp("count")) == 0
            })
        try await Task.sleep(for: .seconds(1))
        #expect(try await probe.appliedCount() == 2_000)
        #expect(try await probe.appliedTwice().isEmpty)
        await probe.tearDown()
    }

    @Test func badMessagesAreDeadLetteredWithReasonsWhileTheOthersApply() async throws {
        let probe = try ProbeHarness()
        try probe.start()
        let malformed = probe.message(body: Array("{ not json".utf8), id: "malformed")
        let invalidBody = try JSONSerialization.data(withJSONObject: [
            "specversion": "1.0", "id": UUID().uuidString.lowercased(), "source": "urn:market:test",
            "type": "brick.listed", "time": "2026-11-23T10:15:02.123Z", "subject": "brick/x",
            "datacontenttype": "application/json",
            "data": ["brickId": "not-a-uuid", "name": "bad", "baselinePriceCents": 100, "listedAt": "2026-11-23T10:15:02.123Z"],
        ])
        let schemaInvalid = probe.message(body: Array(invalidBody), id: "schema-invalid")
        let poison = probe.message(for: probe.listing(name: "poison"))
        let rejected = probe.message(for: probe.listing(name: "reject"))
        let good = probe.listings(300)
        var all = good
        all.insert(malformed, at: 17)
        all.insert(schemaInvalid, at: 101)
        all.insert(poison, at: 150)
        all.insert(rejected, at: 240)
        try await probe.publish(all)

        let dead = try await probe.distinctMessageIDs(in: "\(probe.queue).dlq", expected: 4, timeout: .seconds(60))
        #expect(Set(dead.keys) == ["malformed", "schema-invalid", poison.messageId!, rejected.messageId!])
        let reasons = dead.mapValues { $0.headers["x-dead-letter-reason"] ?? "" }
        #expect(reasons["malformed"]?.contains("envelope") == true)
        #expect(reasons["schema-invalid"]?.contains("data.brickId") == true)
        #expect(reasons[poison.messageId!]?.contains("cannot digest poison") == true)
        #expect(reasons[rejected.messageId!]?.contains("refuses bricks named reject") == true)
        #expect(dead["malformed"]?.body == Array("{ not json".utf8))

        #expect(try await probe.eventually(timeout: .seconds(30)) { try await probe.appliedCount() >= 300 })
        #expect(try await probe.appliedCount() == 300)
        await probe.tearDown()
    }

    @Test func sigtermFinishesTheBatchFlushesTheOutboxAndExitsZero() async throws {
        let probe = try ProbeHarness()
        try probe.start()
        try await probe.publish(probe.listings(3_000))
        #expect(try await probe.eventually(timeout: .seconds(60)) { try await probe.appliedCount() > 0 })

        #expect(probe.terminate() == 0)
        // Nothing in flight is lost: what was not applied is still queued, and every committed event went out.
        let applied = try await probe.appliedCount()
        let queued = try await AMQPAdministration.messageCount(queue: probe.queue, configuration: ProbeHarness.amqp("count"))
        #expect(applied + queued == 3_000)
        #expect(try await probe.unpublishedOutboxRows() == 0)
        await probe.tearDown()
    }
}
