import Foundation
import Testing

@testable import EventContracts

/// ``CloudEvent/jsonBytes()`` writes the attributes itself; its bytes must be exactly those `JSONEncoder`
/// writes for the whole event with the contract's configuration (``EventJSON/encoder``).
struct EnvelopeEncodingTests {
    static func foundation<P: EventPayload>(_ event: CloudEvent<P>) throws -> String {
        String(decoding: try EventJSON.encoder.encode(event), as: UTF8.self)
    }

    static func written<P: EventPayload>(_ event: CloudEvent<P>) throws -> String {
        String(decoding: try event.jsonBytes(), as: UTF8.self)
    }

    @Test("every event type's example", arguments: EventRegistry.v1.typeNames)
    func examples(typeName: String) throws {
        let bytes = try Data(contentsOf: Fixtures.examplesFolder.appendingPathComponent("\(typeName).json"))
        let envelope = try EventEnvelope(decoding: bytes)
        try Self.compare(try EventRegistry.v1.decodePayload(envelope), envelope: envelope)
    }

    @Test("every payload the fixtures build, with and without the optional attributes")
    func fixtures() throws {
        for payload in Fixtures.all {
            try Self.compare(payload, envelope: try EventEnvelope(decoding: try Fixtures.eventBytes(payload)))
        }
    }

    private static func compare<P: EventPayload>(_ payload: P, envelope: EventEnvelope) throws {
        let plain = CloudEvent(id: UUID(uuidString: envelope.id) ?? UUID(), source: envelope.source, time: envelope.time, data: payload)
        #expect(try written(plain) == foundation(plain), "\(P.eventType)")
        let caused = CloudEvent(
            id: UUID(), source: "urn:market:tests", time: envelope.time, data: payload, correlationid: "order-7",
            causationid: UUID().uuidString.lowercased(), traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        #expect(try written(caused) == foundation(caused), "\(P.eventType)")
    }

    /// `source` and `correlationid` only have to be non-empty, so they can hold anything a string can.
    @Test("attributes with quotes, backslashes, slashes, every control character and non-ASCII")
    func hostileAttributes() throws {
        let controls = String(decoding: (1..<0x20).map { UInt8($0) }, as: UTF8.self)
        let texts = [
            "quote \" and backslash \\", controls, "a/b</script>", "\u{7F}", "é 学生 🙂", "\u{2028}\u{2029}", "\\u0041", "\0",
        ]
        let payload = try #require(Fixtures.all.first)
        for text in texts {
            try Self.compareHostile(payload, text: text)
        }
    }

    private static func compareHostile<P: EventPayload>(_ payload: P, text: String) throws {
        let event = CloudEvent(id: UUID(), source: text, time: Fixtures.time, data: payload, correlationid: text)
        #expect(try written(event) == foundation(event), "\(text.debugDescription)")
    }

    @Test func aTimeOutsideFourDigitYearsIsRefusedNamingTheField() throws {
        let payload = try #require(Fixtures.all.first)
        try Self.expectRefused(payload)
    }

    private static func expectRefused<P: EventPayload>(_ payload: P) throws {
        let event = CloudEvent(id: UUID(), source: "urn:market:tests", time: Date(timeIntervalSince1970: 1e12), data: payload)
        let violation = #expect(throws: ContractViolation.self) { try event.jsonBytes() }
        #expect(violation?.field == "time")
    }
}
