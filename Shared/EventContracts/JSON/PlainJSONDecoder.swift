import Foundation

/// Decodes a payload straight from the bytes of `data` when they are plain, at a fraction of `JSONDecoder`'s
/// cost; nil for anything else, which `JSONDecoder` then decodes and, if need be, explains.
///
/// Plain is ``EnvelopeScan``'s rule: strictly valid JSON of printable ASCII without `\u` escapes. The
/// reader gives up, handing the document to `JSONDecoder`, wherever it could read differently from it: a
/// fraction or exponent where an integer is asked for, a number beyond `Double`, and every failure at all,
/// so that errors always come from `JSONDecoder`. Of two equal keys the first counts, as in `JSONDecoder`.
/// `PlainJSONDecoderTests` holds it to reading what `JSONDecoder` reads.
enum PlainJSONDecoder {
    /// Why the reader gave up; never seen outside, where it becomes nil.
    struct GaveUp: Error {}

    /// Reads `data` if it is one plain JSON object (an envelope, its `data`); nil for anything else.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        data.withUnsafeBytes { bytes in
            var cursor = JSONCursor(bytes: bytes)
            cursor.skipWhitespace()
            let start = cursor.index
            guard cursor.peek == UInt8(ascii: "{"), cursor.skipStrictValue(depth: 0) else { return nil }
            cursor.skipWhitespace()
            guard cursor.atEnd else { return nil }
            return try? PlainValue(bytes: bytes, start: start).decode(type)
        }
    }
}

/// One value of a document already known to be plain: where it starts. Scalars are read on demand.
struct PlainValue {
    let bytes: UnsafeRawBufferPointer
    let start: Int

    var cursor: JSONCursor { JSONCursor(bytes: bytes, index: start) }
    var isNull: Bool { bytes[start] == UInt8(ascii: "n") }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Primitives and dates are read here; everything else through its own `init(from:)`.
        if T.self == String.self { return try string() as! T }
        if T.self == Int.self { return try integer(Int.self) as! T }
        if T.self == Int64.self { return try integer(Int64.self) as! T }
        if T.self == Bool.self { return try bool() as! T }
        if T.self == Double.self { return try double() as! T }
        if T.self == Date.self {
            guard let date = Timestamp.parse(try string()) else { throw PlainJSONDecoder.GaveUp() }
            return date as! T
        }
        if T.self == Float.self || T.self == Decimal.self || T.self == URL.self || T.self is any FixedWidthInteger.Type {
            throw PlainJSONDecoder.GaveUp()  // not in any payload, and read by JSONDecoder in ways of its own
        }
        return try T(from: PlainValueDecoder(value: self))
    }

    func string() throws -> String {
        var reader = cursor
        guard let text = reader.strictString() else { throw PlainJSONDecoder.GaveUp() }
        return text
    }

    func bool() throws -> Bool {
        switch bytes[start] {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: throw PlainJSONDecoder.GaveUp()
        }
    }

    /// `-? digits` only: a fraction or exponent is left to JSONDecoder, as is anything out of range.
    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let text = try number()
        let negative = text.first == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        for byte in text.dropFirst(negative ? 1 : 0) {
            guard JSONCursor.isDigit(byte) else { throw PlainJSONDecoder.GaveUp() }
            let (times10, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowPlus) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflowTimes, !overflowPlus else { throw PlainJSONDecoder.GaveUp() }
            magnitude = sum
        }
        let value: I?
        if negative {
            value = magnitude <= UInt64(Int64.max) + 1 ? I(exactly: 0 &- Int64(truncatingIfNeeded: magnitude)) : nil
        } else {
            value = I(exactly: magnitude)
        }
        guard let value else { throw PlainJSONDecoder.GaveUp() }
        return value
    }

    func double() throws -> Double {
        guard let value = Double(String(decoding: try number(), as: UTF8.self)), value.isFinite else {
            throw PlainJSONDecoder.GaveUp()
        }
        return value
    }

    /// The characters of the number that starts here.
    private func number() throws -> UnsafeRawBufferPointer {
        var reader = cursor
        guard reader.skipNumber() else { throw PlainJSONDecoder.GaveUp() }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<reader.index])
    }
}

/// The `Decoder` a type's `init(from:)` gets for a ``PlainValue``. It keeps no coding path: it never reports
/// an error, it only gives up.
struct PlainValueDecoder: Decoder {
    let value: PlainValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try PlainKeyedContainer<Key>(object: value))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try PlainUnkeyedContainer(array: value) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { PlainSingleValueContainer(value: value) }
}
