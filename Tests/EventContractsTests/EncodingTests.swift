import Foundation
import Testing
@testable import EventContracts

struct EncodingTests {
    static let eventId = UUID(uuidString: "7D9B2A8E-5C1F-4F0E-9A57-2F7B0C3E6D11") ?? UUID()

    @Test("encoding is byte-for-byte deterministic with sorted keys, unescaped slashes and millisecond UTC times")
    func exactBytes() throws {
        let event = CloudEvent(
            id: Self.eventId, source: EventSource.service("ranking-metrics"), time: Fixtures.time,
            data: ProductStockChanged(productId: "p/1", version: 2, stockAvailable: nil, totalSold: 5))
        let first = try event.jsonBytes()
        let second = try event.jsonBytes()
        #expect(first == second)
        let expected = """
            {"data":{"productId":"p/1","stockAvailable":null,"totalSold":5,"version":2},\
            "datacontenttype":"application/json","id":"7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11",\
            "source":"urn:market:ranking-metrics","specversion":"1.0","subject":"product/p/1",\
            "time":"2026-11-23T10:15:02.123Z","type":"product.stock.changed"}
            """
        #expect(String(decoding: first, as: UTF8.self) == expected)
    }

    @Test("every fixture encodes to identical bytes twice and decodes back to an equal value")
    func fixturesRoundTrip() throws {
        for payload in Fixtures.all {
            try Self.roundTrip(payload)
        }
    }

    private static func roundTrip<P: EventPayload>(_ payload: P) throws {
        let event = CloudEvent(id: eventId, source: "urn:market:tests", time: Fixtures.time, data: payload)
        let bytes = try event.jsonBytes()
        #expect(try event.jsonBytes() == bytes, "\(P.eventType)")
        let decoded = try EventEnvelope(decoding: bytes).decode(as: P.self)
        #expect(decoded == event, "\(P.eventType)")
    }

    @Test("an event's id is its UUID in canonical lowercase text")
    func idIsLowercaseCanonicalText() throws {
        for uuid in [Self.eventId, UUID(uuid: (0xff, 0xff, 0xff, 0xff, 0xab, 0xcd, 0x4f, 0xff, 0x8f, 0, 0, 0, 0, 0, 0, 0x0a)), UUID()] {
            let event = CloudEvent(id: uuid, source: "urn:market:tests", time: Fixtures.time, data: try #require(Fixtures.bricks[1] as? BrickListed))
            #expect(event.id == uuid.uuidString.lowercased())
        }
    }

    @Test("an invalid payload is never written")
    func invalidPayloadNotEncoded() {
        let event = CloudEvent(
            id: Self.eventId, source: "urn:market:tests", time: Fixtures.time,
            data: TopicCreated(topicId: "t1", periodId: "p1", title: "Graphs", capacity: 0))
        #expect(throws: ContractViolation(field: "data.capacity", reason: "0 is below the minimum 1")) {
            try event.jsonBytes()
        }
    }

    @Test("a caused event carries the cause's id as causation and its correlation and trace")
    func causation() throws {
        let trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        let cause = CloudEvent(
            id: Self.eventId, source: "urn:market:scheduler", time: Fixtures.time,
            data: WaveRequested(waveId: "w1", requestedBy: "ops"), traceparent: trace)
        let planned = WavePlanned(
            waveId: "w1", pass: 1, budgetCents: 10, candidateCount: 1, eligibleCount: 1, plannedSpendCents: 10,
            batchCount: 1, seed: "w1", configVersion: 1)
        let effectId = UUID()
        let effect = CloudEvent(causedBy: cause, id: effectId, source: "urn:market:wave-planning", time: Fixtures.time, data: planned)
        #expect(effect.causationid == cause.id)
        #expect(effect.correlationid == cause.id, "a cause without correlation starts the story")
        #expect(effect.traceparent == trace)

        let envelope = try EventEnvelope(decoding: effect.jsonBytes())
        let next = CloudEvent(causedBy: envelope, id: UUID(), source: "urn:market:x", time: Fixtures.time, data: planned)
        #expect(next.causationid == effectId.uuidString.lowercased())
        #expect(next.correlationid == cause.id)
    }

    @Test("timestamps parse any RFC 3339 offset and format as UTC with three fractional digits",
          arguments: [
            ("2026-11-23T10:15:02.123Z", "2026-11-23T10:15:02.123Z"),
            ("2026-11-23T10:15:02Z", "2026-11-23T10:15:02.000Z"),
            ("2026-11-23T11:15:02.5+01:00", "2026-11-23T10:15:02.500Z"),
            ("2026-11-23T05:15:02.123456789-05:00", "2026-11-23T10:15:02.123Z"),
            ("2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z"),
            ("1969-07-20T20:17:40.000Z", "1969-07-20T20:17:40.000Z"),
            ("0000-01-01T00:00:00Z", "0000-01-01T00:00:00.000Z"),
            ("0042-03-04T05:06:07.008Z", "0042-03-04T05:06:07.008Z"),
            ("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"),
          ])
    func timestamps(input: String, canonical: String) throws {
        let date = try #require(Timestamp.parse(input))
        #expect(Timestamp.format(date) == canonical)
    }

    @Test("a known instant parses to its Unix time")
    func timestampValue() throws {
        #expect(try #require(Timestamp.parse("1969-07-20T20:17:40Z")).timeIntervalSince1970 == -14_182_940)
        #expect(try #require(Timestamp.parse("2026-11-23T10:15:02.123Z")).timeIntervalSince1970 == 1_795_428_902.123)
    }

    @Test("malformed timestamps are refused",
          arguments: ["2026-11-23", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T10:15:02.Z",
                      "2026-11-23T10:15:02.1234567891Z", "2026-11-23T10:15:02", "2026-11-23T10:15:02+0100",
                      "2025-02-29T00:00:00Z", "２026-11-23T10:15:02Z"])
    func badTimestamps(input: String) {
        #expect(Timestamp.parse(input) == nil)
    }

    @Test("a date outside years 0000…9999 cannot be encoded")
    func dateOutOfRange() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1e15)) == nil)
        #expect(Timestamp.format(Date(timeIntervalSince1970: .infinity)) == nil)
    }
}
