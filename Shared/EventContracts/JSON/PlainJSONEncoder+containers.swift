/// An object being written: `{`, then each member as it comes, reordered at ``close()`` if needed.
final class PlainJSONObject {
    let output: PlainJSONOutput
    private let start: Int
    /// Where this object's members begin in ``PlainJSONOutput/members`` (nested objects push theirs after).
    private let firstMember: Int

    init(output: PlainJSONOutput) {
        self.output = output
        start = output.bytes.count
        firstMember = output.members.count
        output.bytes.append(UInt8(ascii: "{"))
    }

    /// Writes `"key":`; the value follows.
    func open(_ key: String) {
        if output.members.count > firstMember { output.bytes.append(UInt8(ascii: ",")) }
        output.members.append((key, output.bytes.count))
        output.writeString(key)
        output.bytes.append(UInt8(ascii: ":"))
    }

    /// Puts the members in the order `.sortedKeys` gives (by the keys' UTF-8 bytes) and writes `}`.
    func close() throws {
        let members = output.members[firstMember...]
        let inOrder = zip(members, members.dropFirst()).allSatisfy { Self.precedes($0.key, $1.key) }
        if !inOrder { try reorder(members) }
        output.members.removeSubrange(firstMember...)
        output.bytes.append(UInt8(ascii: "}"))
    }

    /// Rewrites the members (each from its key's quote to the comma before the next one written) sorted.
    private func reorder(_ members: ArraySlice<(key: String, offset: Int)>) throws {
        let order = members.indices.sorted { Self.precedes(members[$0].key, members[$1].key) }
        for (earlier, later) in zip(order, order.dropFirst()) where members[earlier].key == members[later].key {
            throw PlainJSONEncoder.GaveUp()  // JSONEncoder keeps one of the two; which one is its business
        }
        let base = start + 1
        output.scratch.removeAll(keepingCapacity: true)
        output.scratch.append(contentsOf: output.bytes[base...])
        output.bytes.removeSubrange(base...)
        for (position, index) in order.enumerated() {
            if position > 0 { output.bytes.append(UInt8(ascii: ",")) }
            let from = members[index].offset - base
            let to = index + 1 < members.endIndex ? members[index + 1].offset - base - 1 : output.scratch.count
            output.bytes.append(contentsOf: output.scratch[from..<to])
        }
    }

    private static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}

/// An array being written: `[`, the elements with commas between, `]`.
final class PlainJSONArray {
    let output: PlainJSONOutput
    private(set) var count = 0

    init(output: PlainJSONOutput) {
        self.output = output
        output.bytes.append(UInt8(ascii: "["))
    }

    /// Prepares for the next element.
    func next() {
        if count > 0 { output.bytes.append(UInt8(ascii: ",")) }
        count += 1
    }

    func close() {
        output.bytes.append(UInt8(ascii: "]"))
    }
}

struct PlainJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: PlainJSONObject
    private var output: PlainJSONOutput { object.output }

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { member(key).writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { member(key).writeBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { member(key).writeString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(key).writeDouble(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw PlainJSONEncoder.GaveUp() }
    mutating func encode(_ value: Int, forKey key: Key) throws { member(key).writeInteger(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { member(key).writeInteger(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { member(key).writeInteger(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { member(key).writeInteger(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { member(key).writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { member(key).writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { member(key).writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { member(key).writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { member(key).writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { member(key).writeInteger(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(key).write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        output.gaveUp = true
        return KeyedEncodingContainer(PlainJSONKeyedContainer<NestedKey>(object: PlainJSONObject(output: output)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        output.gaveUp = true
        return PlainJSONUnkeyedContainer(array: PlainJSONArray(output: output))
    }

    mutating func superEncoder() -> any Encoder { output.givingUp() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { output.givingUp() }

    /// Writes `"key":` and returns the output the value goes to.
    private func member(_ key: Key) -> PlainJSONOutput {
        object.open(key.stringValue)
        return output
    }
}

struct PlainJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let array: PlainJSONArray
    private var output: PlainJSONOutput { array.output }

    var codingPath: [any CodingKey] { [] }
    var count: Int { array.count }

    mutating func encodeNil() throws { element().writeNull() }
    mutating func encode(_ value: Bool) throws { element().writeBool(value) }
    mutating func encode(_ value: String) throws { element().writeString(value) }
    mutating func encode(_ value: Double) throws { try element().writeDouble(value) }
    mutating func encode(_ value: Float) throws { throw PlainJSONEncoder.GaveUp() }
    mutating func encode(_ value: Int) throws { element().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int8) throws { element().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int16) throws { element().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int32) throws { element().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int64) throws { element().writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt) throws { element().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { element().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { element().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { element().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { element().writeInteger(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try element().write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        output.gaveUp = true
        return KeyedEncodingContainer(PlainJSONKeyedContainer<NestedKey>(object: PlainJSONObject(output: output)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        output.gaveUp = true
        return PlainJSONUnkeyedContainer(array: PlainJSONArray(output: output))
    }

    mutating func superEncoder() -> any Encoder { output.givingUp() }

    /// Writes the comma before the next element and returns the output it goes to.
    private func element() -> PlainJSONOutput {
        array.next()
        return output
    }
}

struct PlainJSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: PlainJSONValueEncoder

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { try single().writeNull() }
    mutating func encode(_ value: Bool) throws { try single().writeBool(value) }
    mutating func encode(_ value: String) throws { try single().writeString(value) }
    mutating func encode(_ value: Double) throws { try single().writeDouble(value) }
    mutating func encode(_ value: Float) throws { throw PlainJSONEncoder.GaveUp() }
    mutating func encode(_ value: Int) throws { try single().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int8) throws { try single().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int16) throws { try single().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int32) throws { try single().writeInteger(Int64(value)) }
    mutating func encode(_ value: Int64) throws { try single().writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt) throws { try single().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try single().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { try single().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { try single().writeInteger(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { try single().writeInteger(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try single().write(value) }

    /// The output the one value goes to, once.
    private func single() throws -> PlainJSONOutput {
        try encoder.willWriteSingleValue()
        return encoder.output
    }
}
