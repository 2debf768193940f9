/// The three container kinds of ``PlainValueDecoder``; each reads its values through ``PlainValue``.
struct PlainKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let bytes: UnsafeRawBufferPointer
    /// Each member's key (the characters between the quotes) and value, in document order.
    let members: [(key: Range<Int>, value: Int)]

    /// Finds where each member's key and value lie (the document was found plain before decoding began).
    init(object: PlainValue) throws {
        bytes = object.bytes
        var cursor = object.cursor
        guard cursor.take(UInt8(ascii: "{")) else { throw PlainJSONDecoder.GaveUp() }
        var members: [(key: Range<Int>, value: Int)] = []
        cursor.skipWhitespace()
        if !cursor.take(UInt8(ascii: "}")) {
            repeat {
                cursor.skipWhitespace()
                // A key with an escape is left to JSONDecoder rather than compared unescaped.
                guard let key = cursor.plainStringContents() else { throw PlainJSONDecoder.GaveUp() }
                cursor.skipWhitespace()
                guard cursor.take(UInt8(ascii: ":")) else { throw PlainJSONDecoder.GaveUp() }
                cursor.skipWhitespace()
                members.append((key, cursor.index))
                guard cursor.skipStrictValue(depth: 0) else { throw PlainJSONDecoder.GaveUp() }
                cursor.skipWhitespace()
            } while cursor.take(UInt8(ascii: ","))
            guard cursor.take(UInt8(ascii: "}")) else { throw PlainJSONDecoder.GaveUp() }
        }
        self.members = members
    }

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        members.compactMap { Key(stringValue: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0.key]), as: UTF8.self)) }
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(for: key).decode(type) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let found = find(key), !found.isNull else { return nil }
        return try found.decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try PlainKeyedContainer<NestedKey>(object: value(for: key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try PlainUnkeyedContainer(array: value(for: key))
    }

    func superDecoder() throws -> any Decoder { throw PlainJSONDecoder.GaveUp() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw PlainJSONDecoder.GaveUp() }

    /// The first member named `key`, as JSONDecoder takes the first of equal keys.
    private func find(_ key: Key) -> PlainValue? {
        let name = key.stringValue.utf8
        for member in members where member.key.count == name.count && bytes[member.key].elementsEqual(name) {
            return PlainValue(bytes: bytes, start: member.value)
        }
        return nil
    }

    private func value(for key: Key) throws -> PlainValue {
        guard let found = find(key) else { throw PlainJSONDecoder.GaveUp() }
        return found
    }
}

struct PlainUnkeyedContainer: UnkeyedDecodingContainer {
    let bytes: UnsafeRawBufferPointer
    let elements: [Int]
    private(set) var currentIndex = 0

    init(array: PlainValue) throws {
        bytes = array.bytes
        var cursor = array.cursor
        guard cursor.take(UInt8(ascii: "[")) else { throw PlainJSONDecoder.GaveUp() }
        var elements: [Int] = []
        cursor.skipWhitespace()
        if !cursor.take(UInt8(ascii: "]")) {
            repeat {
                cursor.skipWhitespace()
                elements.append(cursor.index)
                guard cursor.skipStrictValue(depth: 0) else { throw PlainJSONDecoder.GaveUp() }
                cursor.skipWhitespace()
            } while cursor.take(UInt8(ascii: ","))
            guard cursor.take(UInt8(ascii: "]")) else { throw PlainJSONDecoder.GaveUp() }
        }
        self.elements = elements
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        guard try next().isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoded = try next().decode(type)
        currentIndex += 1
        return decoded
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = KeyedDecodingContainer(try PlainKeyedContainer<NestedKey>(object: next()))
        currentIndex += 1
        return nested
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let nested = try PlainUnkeyedContainer(array: next())
        currentIndex += 1
        return nested
    }

    mutating func superDecoder() throws -> any Decoder { throw PlainJSONDecoder.GaveUp() }

    private func next() throws -> PlainValue {
        guard currentIndex < elements.count else { throw PlainJSONDecoder.GaveUp() }
        return PlainValue(bytes: bytes, start: elements[currentIndex])
    }
}

struct PlainSingleValueContainer: SingleValueDecodingContainer {
    let value: PlainValue
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { value.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try value.decode(type) }
}
