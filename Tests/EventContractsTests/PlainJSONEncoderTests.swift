import Foundation
import TestSupport
import Testing

@testable import EventContracts

/// ``PlainJSONEncoder`` must write exactly the bytes ``EventJSON/encoder`` writes, or give up (nil) so that
/// `JSONEncoder` writes them. `JSONEncoder` is the oracle in every test here.
struct PlainJSONEncoderTests {
    static func oracle<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try EventJSON.encoder.encode(value), as: UTF8.self)
    }

    static func plain<T: Encodable>(_ value: T) -> String? {
        PlainJSONEncoder.encode(value).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("every fixture's payload is written plainly, as JSONEncoder writes it")
    func fixtures() throws {
        for payload in Fixtures.all {
            #expect(try Self.compare(payload), "\(type(of: payload)) was given up")
        }
    }

    @Test("every example's payload is written as JSONEncoder writes it", arguments: EventRegistry.v1.typeNames)
    func examples(typeName: String) throws {
        let bytes = try Data(contentsOf: Fixtures.examplesFolder.appendingPathComponent("\(typeName).json"))
        _ = try Self.compare(try EventRegistry.v1.decodePayload(try EventEnvelope(decoding: bytes)))
    }

    @Test("the payload of the transport path's hot events is written plainly")
    func hotPayloads() throws {
        let closed = BrickPriceClosed(brickId: Fixtures.brick, day: "2026-11-23", closePriceCents: 1_234, votesToday: 7)
        #expect(Self.plain(closed) == (try Self.oracle(closed)))
        let listed = BrickListed(brickId: Fixtures.brick, name: "Brick \"1\"", baselinePriceCents: 99, listedAt: Fixtures.time)
        #expect(Self.plain(listed) == (try Self.oracle(listed)))
    }

    /// Returns whether the plain encoder wrote it (a nil is allowed, different bytes are not).
    private static func compare<P: EventPayload>(_ payload: P) throws -> Bool {
        guard let plain = plain(payload) else { return false }
        #expect(plain == (try oracle(payload)), "\(P.eventType)")
        return true
    }

    struct Keys: Encodable {
        var votesToday = 1
        var voteType = "FAIR"
        var Zeta = true
        var alpha: Int64 = -5
        var aB = "upper"
        var a_b = "underscore"
        var ab = "lower"
        var é = "non-ASCII key"
    }

    @Test("members come out in JSONEncoder's sorted order whatever order the fields are declared in")
    func keyOrder() throws {
        let written = try #require(Self.plain(Keys()))
        #expect(written == (try Self.oracle(Keys())))
        #expect(written.hasPrefix(#"{"Zeta":true,"aB":"upper""#))
    }

    @Test("strings are escaped as JSONEncoder escapes them, in values and in keys")
    func escaping() throws {
        let texts = [
            "quote": #"say "hi""#, "backslash": #"C:\path"#, "slash": "a/b",
            "controls": "tab\tline\nreturn\r\u{08}\u{0C}\u{01}\u{1F}", "unicode": "€ ß 日本 🧱", "empty": "",
            #"a "quoted" key\n"#: "value",
        ]
        let written = try #require(Self.plain(texts))
        #expect(written == (try Self.oracle(texts)))
    }

    struct Shapes: Encodable {
        struct Line: Encodable {
            var sku: String
            var quantity: Int32
            var note: String?
        }

        var lines = [Line(sku: "b", quantity: 2, note: nil), Line(sku: "a", quantity: -1, note: "n")]
        var empty: [Line] = []
        var nested = [[UInt8(0), 255], []]
        var absent: String? = nil
        var present: Int? = 0
        @ExplicitNull var stock: Int64? = nil
        @ExplicitNull var limit: Int64? = 12
        var at = Date(timeIntervalSince1970: 1_795_428_902.123)
        var extremes = [Int64.min, Int64.max]
        var unsigned = UInt64.max
        var small: Int8 = -128
        var byName = ["b": 2, "a": 1, "B": 3]
        var nothing = Empty()
        var direction = PriceDirection.up

        struct Empty: Encodable {
            var ignored: String? = nil
        }
    }

    @Test("nested objects and arrays, optionals, explicit nulls, dates, integer extremes and dictionaries")
    func shapes() throws {
        let written = try #require(Self.plain(Shapes()))
        #expect(written == (try Self.oracle(Shapes())))
    }

    @Test("doubles of every magnitude are written as JSONEncoder writes them")
    func doubles() throws {
        var random = SplitMix64(seed: 0x0D0B1E)
        var values: [Double] = [
            0, -0.0, 1, -1, 2, 0.5, 0.1, 1.0 / 3, 100, 1e15, 1e16, 1e17, 123_456_789_012_345_680, 1e21, 1e-4, 1e-5,
            1e-7, 5e-324, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9_007_199_254_740_993,
        ]
        for _ in 0..<2_000 {
            values.append(Double(bitPattern: random.next()))  // any bit pattern: every exponent, subnormals, NaNs
            values.append(Double(Int64.random(in: -1_000_000...1_000_000, using: &random)) / 100)  // cents-like
        }
        for value in values where value.isFinite {
            #expect(Self.plain([value]) == (try Self.oracle([value])), "\(value)")
        }
        #expect(Self.plain([Double.nan]) == nil)
        #expect(Self.plain([Double.infinity]) == nil)
    }

    struct WithFloat: Encodable { var ratio: Float = 0.5 }
    struct WithDecimal: Encodable { var amount = Decimal(string: "1.5")! }
    struct WithURL: Encodable { var link = URL(string: "https://example.com/a")! }
    struct WithData: Encodable { var blob = Data([1, 2]) }

    struct NestedContainer: Encodable {
        enum Keys: String, CodingKey { case outer, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try inner.encode(1, forKey: .inner)
        }
    }

    struct TwiceTheKey: Encodable {
        enum Keys: String, CodingKey { case key }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .key)
            try container.encode(2, forKey: .key)
        }
    }

    struct WritesNothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Unknown: Encodable { var value: Decimal? = 3 }

    @Test("what only JSONEncoder knows how to write is left to it")
    func givesUp() {
        #expect(Self.plain(WithFloat()) == nil)
        #expect(Self.plain(WithDecimal()) == nil)
        #expect(Self.plain(WithURL()) == nil)
        #expect(Self.plain(WithData()) == nil)
        #expect(Self.plain(NestedContainer()) == nil)
        #expect(Self.plain(TwiceTheKey()) == nil)
        #expect(Self.plain(WritesNothing()) == nil)
        #expect(Self.plain(Unknown()) == nil)
        #expect(Self.plain(Date(timeIntervalSince1970: -70_000_000_000)) == nil, "a year before 0000")
    }

    struct Measured: EventPayload {
        static let eventType = "tests.measured"
        var weight: Float = 0.25
        var subject: String { "test/1" }
        func validate() throws(ContractViolation) {}
    }

    @Test("a payload it gives up on is still written, by JSONEncoder, inside an event")
    func fallbackInEvent() throws {
        #expect(Self.plain(Measured()) == nil)
        let bytes = try CloudEvent(id: UUID(), source: "urn:market:tests", time: Fixtures.time, data: Measured()).jsonBytes()
        let data = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])["data"] as? [String: Any]
        #expect(data?["weight"] as? Double == 0.25)
    }
}
