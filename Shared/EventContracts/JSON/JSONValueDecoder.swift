import Foundation

/// A `Decoder` over a ``JSONValue`` tree whose errors carry exact coding paths and reasons
/// written for people (`expected integer, found number 2.5`).
///
/// Foundation's `JSONDecoder` on Linux reports some type errors (a fraction in an integer
/// field) as path-less "not valid JSON"; decoding failures are therefore replayed through this
/// decoder to name the field. Successful decodes never come here.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else {
            throw JSONValueDecoder.mismatch(expected: "object", found: value, path: codingPath)
        }
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let array) = value else {
            throw JSONValueDecoder.mismatch(expected: "array", found: value, path: codingPath)
        }
        return JSONUnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueContainer(value: value, codingPath: codingPath)
    }
}

extension JSONValueDecoder {
    /// Decodes `type` from `value`: primitives and dates directly, everything else through its
    /// own `init(from:)`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, path: [any CodingKey]) throws -> T {
        if T.self == Date.self, let date = try decodeDate(value, path: path) as? T { return date }
        if let primitive = try decodePrimitive(type, from: value, path: path) { return primitive }
        return try T(from: JSONValueDecoder(value, codingPath: path))
    }

    private static func decodeDate(_ value: JSONValue, path: [any CodingKey]) throws -> Date {
        guard case .string(let text) = value else {
            throw mismatch(expected: "string", found: value, path: path)
        }
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: Timestamp.parseFailure(text)))
        }
        return date
    }

    private static func decodePrimitive<T>(_ type: T.Type, from value: JSONValue, path: [any CodingKey]) throws -> T? {
        switch type {
        case is String.Type:
            guard case .string(let text) = value else { throw mismatch(expected: "string", found: value, path: path) }
            return text as? T
        case is Bool.Type:
            guard case .bool(let flag) = value else { throw mismatch(expected: "boolean", found: value, path: path) }
            return flag as? T
        case is Double.Type:
            return try number(value, path: path) as? T
        case is Float.Type:
            return Float(try number(value, path: path)) as? T
        case is Int64.Type: return try integer(value, as: Int64.self, path: path) as? T
        case is Int.Type: return try integer(value, as: Int.self, path: path) as? T
        case is Int32.Type: return try integer(value, as: Int32.self, path: path) as? T
        case is Int16.Type: return try integer(value, as: Int16.self, path: path) as? T
        case is Int8.Type: return try integer(value, as: Int8.self, path: path) as? T
        case is UInt64.Type: return try integer(value, as: UInt64.self, path: path) as? T
        case is UInt.Type: return try integer(value, as: UInt.self, path: path) as? T
        case is UInt32.Type: return try integer(value, as: UInt32.self, path: path) as? T
        case is UInt16.Type: return try integer(value, as: UInt16.self, path: path) as? T
        case is UInt8.Type: return try integer(value, as: UInt8.self, path: path) as? T
        default: return nil
        }
    }

    private static func number(_ value: JSONValue, path: [any CodingKey]) throws -> Double {
        switch value {
        case .integer(let whole): return Double(whole)
        case .number(let real): return real
        default: throw mismatch(expected: "number", found: value, path: path)
        }
    }

    private static func integer<I: FixedWidthInteger>(_ value: JSONValue, as type: I.Type, path: [any CodingKey]) throws -> I {
        switch value {
        case .integer(let whole):
            if let fitted = I(exactly: whole) { return fitted }
            throw DecodingError.dataCorrupted(.init(
                codingPath: path, debugDescription: "integer \(whole) is out of range \(I.min)…\(I.max)"))
        case .number(let real):
            if let fitted = I(exactly: real) { return fitted }
            throw DecodingError.typeMismatch(I.self, .init(
                codingPath: path, debugDescription: "expected integer, found number \(real)"))
        default:
            throw mismatch(expected: "integer", found: value, path: path)
        }
    }

    static func mismatch(expected: String, found value: JSONValue, path: [any CodingKey]) -> DecodingError {
        if value == .null {
            return .valueNotFound(Any.self, .init(codingPath: path, debugDescription: "expected \(expected), found null"))
        }
        return .typeMismatch(Any.self, .init(codingPath: path, debugDescription: "expected \(expected), found \(value.kind)"))
    }
}
