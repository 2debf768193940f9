import Foundation
import Testing

@testable import EventContracts

/// ``EnvelopeScan`` takes the plain documents every producer writes and reads them as `JSONDecoder` does;
/// everything else it leaves to `JSONDecoder`, invalid documents above all.
struct EnvelopeScanTests {
    static func scan(_ document: Data) -> (header: EnvelopeHeader, data: Range<Int>)? {
        document.withUnsafeBytes { EnvelopeScan.scan($0) }
    }

    /// What the scan found must be what JSONDecoder and the data member scanner find.
    static func expectSameAsDecoder(_ document: Data) throws {
        let scanned = try #require(scan(document))
        #expect(scanned.header == (try EventJSON.decode(EnvelopeHeader.self, from: document, prefix: "")))
        #expect(Data(document[scanned.data]) == (try DataMember.extract(from: document)))
    }

    @Test("every event type's example is scanned, and read as JSONDecoder reads it", arguments: EventRegistry.v1.typeNames)
    func examples(typeName: String) throws {
        try Self.expectSameAsDecoder(try Data(contentsOf: Fixtures.examplesFolder.appendingPathComponent("\(typeName).json")))
    }

    @Test("every payload the fixtures build, with and without the optional attributes")
    func fixtures() throws {
        for payload in Fixtures.all { try Self.expectFixture(payload) }
    }

    private static func expectFixture<P: EventPayload>(_ payload: P) throws {
        try expectSameAsDecoder(try Fixtures.eventBytes(payload))
        let caused = CloudEvent(
            id: UUID(), source: "urn:market:tests", time: Fixtures.time, data: payload, correlationid: "order-7",
            causationid: UUID().uuidString.lowercased(), traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        try expectSameAsDecoder(try caused.jsonBytes())
    }

    static let id = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"

    static func document(attributes: String = #""source":"urn:market:tests""#, data: String = #"{"brickId":"b"}"#) -> Data {
        Data(#"{"specversion":"1.0","id":"\#(id)",\#(attributes),"type":"brick.listed","time":"2026-11-23T10:15:02.123Z","subject":"brick/b","data":\#(data)}"#.utf8)
    }

    @Test func aPlainDocumentWithWhitespaceAndEveryKindOfValueInDataIsScanned() throws {
        let data = #"{ "a" : [ 1, -0.5, 2e10, 3E-2, 0, true, false, null, "s\"q\\\/\b\f\n\r\t", {}, [] ] , "b":{"c":{"d":[[]]}} }"#
        try Self.expectSameAsDecoder(Self.document(data: data))
        try Self.expectSameAsDecoder(Data(("  \n" + String(decoding: Self.document(), as: UTF8.self) + " \t\r\n").utf8))
    }

    /// Valid documents the scan leaves to JSONDecoder, which still reads them.
    @Test("left to JSONDecoder, and still read", arguments: [
        (#""source":"urn:market:a\/b""#, #"{"brickId":"b"}"#),          // an escape in an attribute
        (#""source":"urn:marché""#, #"{"brickId":"b"}"#),                // non-ASCII attribute
        (#""source":"s","ext":5"#, #"{"brickId":"b"}"#),                 // an extension that is not a string
        (#""source":"s","correlationid":null"#, #"{"brickId":"b"}"#),    // null attribute
        (#""source":"s""#, #"{"name":"\u00e9l\u00e8ve"}"#),              // \u escape in data
        (#""source":"s""#, #"{"name":"élève"}"#),                        // non-ASCII in data
        (#""source":"s""#, String(repeating: #"{"a":"#, count: 40) + "1" + String(repeating: "}", count: 40)),  // deep
    ])
    func leftToTheDecoder(attributes: String, data: String) throws {
        let document = Self.document(attributes: attributes, data: data)
        #expect(Self.scan(document) == nil)
        _ = try EventEnvelope(decoding: document)
    }

    @Test func aRepeatedAttributeIsLeftToTheDecoder() {
        #expect(Self.scan(Self.document(attributes: #""source":"a","source":"b""#)) == nil)
        #expect(Self.scan(Self.document(attributes: #""source":"a","data":{}"#)) == nil)
    }

    /// Invalid JSON in `data`: the scan refuses it all, so such a document is read exactly as before the scan
    /// existed. (`JSONDecoder` tolerates some of these in parts it does not decode, such as `01` or a trailing
    /// comma; the payload's own decoding then decides.)
    @Test("invalid JSON in data is refused by the scan", arguments: [
        #"{"a":01}"#, #"{"a":1.}"#, #"{"a":.5}"#, #"{"a":-}"#, #"{"a":1e}"#, #"{"a":tru}"#, #"{"a":nul}"#, #"{"a":[1,]}"#,
        #"{"a":1,}"#, #"{a:1}"#, "{\"a\":\"x\u{01}y\"}", #"{"a":"\q"}"#, #"{"a" 1}"#, #"{"a":[1 2]}"#, #"{"a":"open}"#,
        #"{"a":{"b":1}"#, #"{"a":+1}"#,
    ])
    func invalidData(data: String) {
        #expect(Self.scan(Self.document(data: data)) == nil)
    }

    @Test func trailingBytesOrAMissingBraceAreRefused() {
        let whole = String(decoding: Self.document(), as: UTF8.self)
        for broken in [whole + "x", whole + "{}", String(whole.dropLast()), "[" + whole + "]"] {
            #expect(Self.scan(Data(broken.utf8)) == nil, "\(broken.suffix(12))")
            #expect(throws: ContractViolation.self) { try EventEnvelope(decoding: Data(broken.utf8)) }
        }
    }

    @Test func missingRequiredAttributesAreLeftToTheDecoderForItsError() {
        let noType = Data(#"{"specversion":"1.0","id":"\#(Self.id)","source":"s","time":"2026-11-23T10:15:02.123Z","data":{}}"#.utf8)
        #expect(Self.scan(noType) == nil)
        #expect(throws: ContractViolation.self) { try EventEnvelope(decoding: noType) }
    }
}
