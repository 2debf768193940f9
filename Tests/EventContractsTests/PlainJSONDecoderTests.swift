import Foundation
import Testing

@testable import EventContracts

/// Payloads are read by ``PlainJSONDecoder`` when their bytes are plain, by `JSONDecoder` otherwise. That is
/// right only if whatever the plain reader returns is what `JSONDecoder` reads from the same bytes; where it
/// cannot be sure it must give up (nil), and `JSONDecoder` decides and words any error.
struct PlainJSONDecoderTests {
    @Test("every fixture's payload is read plainly, and as JSONDecoder reads it")
    func fixtures() throws {
        for payload in Fixtures.all { try Self.expectPlain(payload) }
    }

    private static func expectPlain<P: EventPayload>(_ payload: P) throws {
        let envelope = try EventEnvelope(decoding: try Fixtures.eventBytes(payload))
        let plain = try #require(PlainJSONDecoder.decode(P.self, from: envelope.data), "\(P.eventType) was not read")
        #expect(plain == (try EventJSON.decoder.decode(P.self, from: envelope.data)))
        #expect(plain == payload)
    }

    struct Sample: Decodable, Equatable {
        var count: Int
        var big: Int64
        var ratio: Double
        var name: String
        var flag: Bool
        var note: String?
        var at: Date
        var items: [Item]
        var byName: [String: Int]

        struct Item: Decodable, Equatable {
            var id: Int
            var share: Double?
        }
    }

    static func sample(
        count: String = "1", big: String = "-9223372036854775808", ratio: String = "0.5", name: String = #""n""#,
        extra: String = ""
    ) -> Data {
        Data(
            #"{"count":\#(count),"big":\#(big),"ratio":\#(ratio),"name":\#(name),"flag":true,\#(extra)"at":"2026-11-23T10:15:02.123Z","items":[{"id":1,"share":null},{"id":2,"share":1e-3}],"byName":{"a":1,"b":-2}}"#
                .utf8)
    }

    @Test("read plainly, and as JSONDecoder reads it", arguments: [
        sample(), sample(count: "-0"), sample(count: "9223372036854775807"), sample(big: "9223372036854775807"),
        sample(ratio: "2"), sample(ratio: "-0"), sample(ratio: "-0.0"), sample(ratio: "1E2"),
        sample(ratio: "9007199254740993"), sample(ratio: "123456789.123456789e-3"), sample(ratio: "5e-324"),
        sample(ratio: "1.7976931348623157e308"), sample(name: #""q\"b\\s\/b\bf\fn\nr\rt\t""#),
        sample(extra: #""note":null,"#), sample(extra: #""note":"here","#),
        sample(extra: #""unknown":[1,{"x":null,"y":[true,false]}],"#), sample(extra: #""count":7,"#),
        Data(" \n".utf8) + sample() + Data("\t".utf8),
    ])
    func readAsJSONDecoderReadsIt(document: Data) throws {
        let plain = try #require(PlainJSONDecoder.decode(Sample.self, from: document))
        let decoded = try EventJSON.decoder.decode(Sample.self, from: document)
        #expect(plain == decoded)
        #expect(plain.ratio.sign == decoded.ratio.sign)
    }

    /// Read by JSONDecoder (which also tolerates `01` and a trailing comma where it does not decode), but
    /// not plain, or not read the same way by a plain reader: left to JSONDecoder.
    @Test("given up, and left to JSONDecoder", arguments: [
        sample(count: "2.0"), sample(count: "2e0"),
        sample(name: #""\u00e9""#), sample(name: "\"é\""), sample(extra: #""n\u006fte":"x","#),
        sample(extra: #""unknown":"é","#), sample(extra: #""unknown":01,"#), sample(extra: #""unknown":[1,],"#),
    ])
    func givenUp(document: Data) throws {
        #expect(PlainJSONDecoder.decode(Sample.self, from: document) == nil)
        _ = try EventJSON.decoder.decode(Sample.self, from: document)
    }

    /// Whatever JSONDecoder refuses, the plain reader gives up on too.
    @Test("refused by JSONDecoder, given up by the plain reader", arguments: [
        sample(count: "2.5"), sample(count: "9223372036854775808"), sample(ratio: "1e400"), sample(count: "true"), sample(ratio: "\"1\""), sample(name: "null"), sample(name: "1"),
        Data(#"{"count":1}"#.utf8), sample() + Data("{}".utf8), sample() + Data("x".utf8),
        Data(String(decoding: sample(), as: UTF8.self).replacingOccurrences(of: "2026-11-23T", with: "2026-13-23T").utf8),
        Data(String(decoding: sample(), as: UTF8.self).replacingOccurrences(of: "\"items\":[", with: "\"items\":[7,").utf8),
    ])
    func refusedByBoth(document: Data) {
        #expect(PlainJSONDecoder.decode(Sample.self, from: document) == nil)
        #expect(throws: (any Error).self) { try EventJSON.decoder.decode(Sample.self, from: document) }
    }
}
