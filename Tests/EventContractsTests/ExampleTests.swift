import Foundation
import Testing
@testable import EventContracts

/// The published examples and the Swift types agree, type by type.
struct ExampleTests {
    static let typeNames = EventRegistry.v1.typeNames

    @Test("example decodes through the registry, validates and re-encodes to the same JSON", arguments: typeNames)
    func exampleRoundTrips(typeName: String) throws {
        let url = Fixtures.examplesFolder.appendingPathComponent("\(typeName).json")
        let bytes = try Data(contentsOf: url)
        let envelope = try EventEnvelope(decoding: bytes)
        #expect(envelope.type == typeName)

        let payload = try EventRegistry.v1.decodePayload(envelope)
        #expect(type(of: payload).eventType == typeName)
        try payload.validate()

        let reencoded = try Self.reencode(payload, envelope: envelope)
        let original = try EventJSON.decoder.decode(JSONValue.self, from: bytes)
        let roundTripped = try EventJSON.decoder.decode(JSONValue.self, from: reencoded)
        #expect(roundTripped == original)
    }

    private static func reencode<P: EventPayload>(_ payload: P, envelope: EventEnvelope) throws -> Data {
        try CloudEvent(envelope: envelope, data: payload).jsonBytes()
    }
}
