import Foundation
import TestSupport

/// Seeded builder of hostile messages for one event type: every rule of its schema broken one at a
/// time, then random picks among all kinds of damage until `count` messages exist.
struct HostileMessageFactory {
    let schema: EventSchema
    /// Bodies above this are refused whole (the consumers' `MAX_MESSAGE_BYTES`).
    let sizeLimit = 262_144
    var random: SplitMix64

    init(type: String, seed: UInt64) throws {
        schema = try EventSchema(type: type)
        random = SplitMix64(seed: seed)
    }

    mutating func messages(count: Int) -> [HostileMessage] {
        var messages = schema.fields.flatMap { field in fieldCases(field) }
        messages += envelopeCases()
        messages += [oversizedBody(), randomBytes(), truncated(), wrongContentType(), unconsumedType()]
        for field in schema.fields where field.types.contains("array") { messages.append(oversizedArray(field)) }
        var cheap: [HostileMessage.Kind] = [.randomBytes, .truncatedJSON, .wrongContentType, .badEnvelopeAttribute]
        cheap += Array(repeating: .wrongType, count: 3) + [.missingField, .unknownEnum, .oversizedString, .outOfRange]
        while messages.count < count {
            let kind = cheap[Int.random(in: 0..<cheap.count, using: &random)]
            if let message = randomCase(kind) { messages.append(message) }
        }
        return Array(messages.prefix(max(count, 0))).map { message in
            var message = message
            // Half the messages lack the AMQP message-id property; the consumer must not need it.
            if random.chance(50) { message.messageId = freshId() }
            return message
        }
    }

    // MARK: Building blocks

    mutating func freshId() -> String {
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// The valid example with a fresh event id, so the inbox cannot hide an accepted message.
    mutating func freshExample() -> JSONTree {
        var event = schema.example
        event["id"] = .string(freshId())
        return event
    }

    mutating func message(_ kind: HostileMessage.Kind, _ event: JSONTree, expecting reason: String?) -> HostileMessage {
        HostileMessage(kind: kind, routingKey: schema.type, body: event.bytes, expectedReason: reason)
    }

    mutating func mutated(
        _ kind: HostileMessage.Kind, _ field: FieldRule, to value: JSONTree?, expecting reason: String? = nil
    ) -> HostileMessage {
        let event = freshExample().replacing(at: field.path[...], with: value)
        return message(kind, event, expecting: reason ?? field.name)
    }

    // MARK: One schema rule broken

    /// Every way the schema lets `field` be broken, once each.
    private mutating func fieldCases(_ field: FieldRule) -> [HostileMessage] {
        var cases = [wrongType(field)]
        if field.required { cases.append(mutated(.missingField, field, to: nil)) }
        if !field.enumValues.isEmpty { cases.append(mutated(.unknownEnum, field, to: .string("NOT_A_REAL_VALUE"))) }
        cases.append(oversizedString(field))
        cases.append(outOfRange(field))
        if let minItems = field.minItems, minItems > 0 { cases.append(mutated(.emptyArray, field, to: .array([]))) }
        return cases.compactMap { $0 }
    }

    mutating func wrongType(_ field: FieldRule) -> HostileMessage? {
        // Never null (an optional field may be null) and never an integer where a number is allowed.
        let candidates: [(String, JSONTree)] = [
            ("string", .string("wrong")), ("integer", .integer(7)), ("number", .number(7.5)), ("boolean", .bool(true)),
            ("array", .array([.integer(1)])), ("object", .object([(key: "a", value: .integer(1))])),
        ]
        let wrong = candidates.filter { name, _ in
            !field.types.contains(name) && !(name == "integer" && field.types.contains("number"))
        }
        guard !field.types.isEmpty, !wrong.isEmpty else { return nil }
        return mutated(.wrongType, field, to: wrong[Int.random(in: 0..<wrong.count, using: &random)].1)
    }

    mutating func oversizedString(_ field: FieldRule) -> HostileMessage? {
        guard field.types.contains("string"), field.enumValues.isEmpty else { return nil }
        if let maxLength = field.maxLength {
            let length = maxLength + 1 + Int.random(in: 0..<3_000, using: &random)
            return mutated(.oversizedString, field, to: .string(String(repeating: "x", count: length)))
        }
        let long = String(repeating: "x", count: Int.random(in: 300..<3_000, using: &random))
        return field.matchesPattern(long) ? nil : mutated(.oversizedString, field, to: .string(long))
    }

    mutating func outOfRange(_ field: FieldRule) -> HostileMessage? {
        let integer = field.types.contains("integer")
        if let minimum = field.minimum {
            let below: JSONTree = integer ? .integer(Int64(minimum) - Int64.random(in: 1...1_000, using: &random)) : .number(minimum - 0.5)
            return mutated(.outOfRange, field, to: below)
        }
        if let maximum = field.maximum {
            return mutated(.outOfRange, field, to: integer ? .integer(Int64(maximum) + 1) : .number(maximum + 0.5))
        }
        if let bound = field.exclusiveMinimum {
            return mutated(.outOfRange, field, to: integer ? .integer(Int64(bound)) : .number(bound))
        }
        // No bound in the schema: a number no 64-bit integer holds.
        return integer ? mutated(.outOfRange, field, to: .literal("184467440737095516160")) : nil
    }

    mutating func oversizedArray(_ field: FieldRule) -> HostileMessage {
        let element: JSONTree = lookUp(field.path).flatMap { if case .array(let values) = $0 { values.first } else { nil } } ?? .integer(1)
        let copies = sizeLimit / max(element.serialized.utf8.count, 1) + 1_000
        return mutated(.oversizedArray, field, to: .array(Array(repeating: element, count: copies)), expecting: "bytes exceeds")
    }

    private func lookUp(_ path: [JSONStep]) -> JSONTree? {
        var node: JSONTree? = schema.example
        for step in path {
            switch step {
            case .key(let key): node = node?[key]
            case .index(let index):
                guard case .array(let values) = node ?? .null, values.indices.contains(index) else { return nil }
                node = values[index]
            }
        }
        return node
    }
}
