import Foundation

/// Writes an `Encodable` value byte for byte as ``EventJSON/encoder`` would (compact, keys sorted, slashes
/// unescaped, dates in ``Timestamp``'s form), straight into one buffer.
///
/// `JSONEncoder` first builds a tree of boxed values, a dictionary per object, then sorts and writes it:
/// 1.9 µs of the 3.3 µs a whole `brick.price.closed` event took to write. Here each member is written as
/// `encode(to:)` hands it over, and an object's members are reordered in place when they came out of
/// order: the whole event takes 2.3 µs (release build, best of five rounds of 300,000 encodings each).
///
/// It writes what payloads are made of: objects, arrays, strings, booleans, integers, doubles, dates and
/// nulls. Anything else gives up (returns nil) and the caller asks `JSONEncoder`, so the bytes can never
/// differ: `Float`, a double that is not finite, the types `JSONEncoder` special-cases (`Data`, `URL`,
/// `Decimal`), nested or super encoders, a key written twice, a value that writes nothing.
enum PlainJSONEncoder {
    struct GaveUp: Error {}

    static func encode<T: Encodable>(_ value: T) -> [UInt8]? {
        let output = PlainJSONOutput()
        do {
            try output.write(value)
        } catch {
            return nil
        }
        return output.gaveUp ? nil : output.bytes
    }
}

/// The buffer every container of one ``PlainJSONEncoder/encode(_:)`` writes into.
final class PlainJSONOutput {
    /// Unchecked: every container writes here, one at a time by construction, and the runtime's exclusivity
    /// check on each of those accesses was a tenth of the encoder's time.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// The members of every object still open, innermost last, with where each begins in `bytes`.
    @exclusivity(unchecked) var members: [(key: String, offset: Int)] = []
    /// Room for an object's members while ``PlainJSONObject`` reorders them, kept for the next object.
    @exclusivity(unchecked) var scratch: [UInt8] = []
    /// Set where `Encoder`'s non-throwing methods (`nestedContainer`, `superEncoder`) ask for what is not
    /// written here; whatever is written after that is thrown away.
    var gaveUp = false
    private var depth = 0

    init() { bytes.reserveCapacity(256) }

    func write<T: Encodable>(_ value: T) throws {
        // Metatype comparisons, not `as?` casts: a cast of every nested value to each of these types took
        // about as long as JSONEncoder's boxing.
        if T.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int64.self {
            writeInteger(unsafeBitCast(value, to: Int64.self))
        } else if T.self == Int.self {
            writeInteger(Int64(unsafeBitCast(value, to: Int.self)))
        } else if T.self == Bool.self {
            writeBool(unsafeBitCast(value, to: Bool.self))
        } else if T.self == Double.self {
            try writeDouble(unsafeBitCast(value, to: Double.self))
        } else if T.self == Date.self {
            guard let text = Timestamp.format(unsafeBitCast(value, to: Date.self)) else { throw PlainJSONEncoder.GaveUp() }
            writeString(text)
        } else if T.self == Decimal.self || T.self == Data.self || T.self == URL.self {
            throw PlainJSONEncoder.GaveUp()  // JSONEncoder writes these its own way
        } else {
            // Deep enough for any payload; a type that encodes itself through itself ends here too.
            guard depth < 32 else { throw PlainJSONEncoder.GaveUp() }
            depth += 1
            defer { depth -= 1 }
            let encoder = PlainJSONValueEncoder(output: self)
            try value.encode(to: encoder)
            try encoder.finish()
        }
    }

    func writeString(_ text: String) {
        JSONObjectWriter.writeString(text, to: &bytes)
    }

    func writeBool(_ flag: Bool) {
        bytes.append(contentsOf: flag ? Self.trueText : Self.falseText)
    }

    func writeNull() {
        bytes.append(contentsOf: Self.nullText)
    }

    /// For `Encoder`'s methods that cannot throw: marks the result given up and hands back an encoder whose
    /// writes are thrown away with it.
    func givingUp() -> any Encoder {
        gaveUp = true
        return PlainJSONValueEncoder(output: self)
    }

    /// Decimal digits, as `JSONEncoder` writes every integer type (each is widened to 64 bits first).
    func writeInteger(_ number: Int64) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        writeInteger(number.magnitude)
    }

    func writeInteger(_ number: UInt64) {
        var rest = number
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    /// A finite double as `JSONEncoder` writes one: Swift's shortest round-tripping `description`, less a
    /// trailing `.0` (`2.0` is `2`, `1e-07` stays as it is). Infinity and NaN are its strategy's business.
    func writeDouble(_ number: Double) throws {
        guard number.isFinite else { throw PlainJSONEncoder.GaveUp() }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)
    private static let nullText = Array("null".utf8)
}

/// The encoder one value writes itself through: it owns at most one container, which it closes when the
/// value's `encode(to:)` returns.
final class PlainJSONValueEncoder: Encoder {
    private enum Container {
        case none, object(PlainJSONObject), array(PlainJSONArray), single(wrote: Bool)
    }

    let output: PlainJSONOutput
    private var container = Container.none

    init(output: PlainJSONOutput) { self.output = output }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = container { return KeyedEncodingContainer(PlainJSONKeyedContainer(object: object)) }
        let object = PlainJSONObject(output: output)
        claim(.object(object))
        return KeyedEncodingContainer(PlainJSONKeyedContainer(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array = PlainJSONArray(output: output)
        claim(.array(array))
        return PlainJSONUnkeyedContainer(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        claim(.single(wrote: false))
        return PlainJSONSingleValueContainer(encoder: self)
    }

    /// Called by the single-value container before it writes; a second value is not JSON.
    func willWriteSingleValue() throws {
        guard case .single(wrote: false) = container else { throw PlainJSONEncoder.GaveUp() }
        container = .single(wrote: true)
    }

    func finish() throws {
        switch container {
        case .none, .single(wrote: false): throw PlainJSONEncoder.GaveUp()
        case .object(let object): try object.close()
        case .array(let array): array.close()
        case .single(wrote: true): break
        }
    }

    /// A second container of another kind (or a second array) from one encoder is left to `JSONEncoder`.
    private func claim(_ kind: Container) {
        if case .none = container {
            container = kind
        } else {
            output.gaveUp = true
        }
    }
}
