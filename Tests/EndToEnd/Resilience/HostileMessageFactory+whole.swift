import Foundation

/// Damage to the CloudEvents envelope and to the message as a whole (bytes, size, content type, type).
extension HostileMessageFactory {
    mutating func envelopeCases() -> [HostileMessage] {
        let wrongValues: [(String, JSONTree)] = [
            ("specversion", .string("0.3")), ("specversion", .number(1.0)), ("id", .string("NOT-A-UUID")),
            ("id", .string("7D9B2A8E-5C1F-4F0E-9A57-2F7B0C3E6D11")), ("source", .string("")), ("time", .string("yesterday")),
            ("time", .string("2026-13-45T99:99:99Z")), ("subject", .string("")), ("datacontenttype", .string("text/xml")),
            ("causationid", .string("not-a-uuid")), ("traceparent", .string("00-bogus")), ("data", .string("a string")),
            ("data", .array([.integer(1)])), ("data", .null), ("type", .string("")),
        ]
        var cases = wrongValues.map { name, value in
            var event = freshExample()
            event[name] = value
            return message(.badEnvelopeAttribute, event, expecting: name)
        }
        for name in ["specversion", "id", "source", "type", "time", "subject", "data"] {
            var event = freshExample()
            event[name] = nil
            cases.append(message(.missingEnvelopeAttribute, event, expecting: name))
        }
        return cases
    }

    mutating func oversizedBody() -> HostileMessage {
        var event = freshExample()
        var data = event["data"] ?? .null
        data["padding"] = .string(String(repeating: "p", count: sizeLimit + Int.random(in: 1..<50_000, using: &random)))
        event["data"] = data
        return message(.oversizedBody, event, expecting: "bytes exceeds")
    }

    mutating func randomBytes() -> HostileMessage {
        let length = Int.random(in: 0..<2_000, using: &random)
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
        return HostileMessage(kind: .randomBytes, routingKey: schema.type, body: bytes, expectedReason: nil)
    }

    mutating func truncated() -> HostileMessage {
        let body = freshExample().bytes
        // Any proper prefix of an object is unfinished JSON: the closing brace comes last.
        let cut = Int.random(in: 0..<body.count, using: &random)
        return HostileMessage(kind: .truncatedJSON, routingKey: schema.type, body: Array(body.prefix(cut)), expectedReason: nil)
    }

    mutating func wrongContentType() -> HostileMessage {
        let types = ["text/plain", "application/json", "application/xml", "application/octet-stream", "application/cloudevents-batch+json"]
        var message = message(.wrongContentType, freshExample(), expecting: "content type")
        message.contentType = types[Int.random(in: 0..<types.count, using: &random)]
        return message
    }

    mutating func unconsumedType() -> HostileMessage {
        var event = freshExample()
        event["type"] = .string("resilience.unknown.type")
        return message(.unconsumedType, event, expecting: "not consumed")
    }

    /// One random case of `kind`, nil when the schema has no field it applies to.
    mutating func randomCase(_ kind: HostileMessage.Kind) -> HostileMessage? {
        let fields = schema.fields
        let field = fields.isEmpty ? nil : fields[Int.random(in: 0..<fields.count, using: &random)]
        switch kind {
        case .randomBytes: return randomBytes()
        case .truncatedJSON: return truncated()
        case .wrongContentType: return wrongContentType()
        case .badEnvelopeAttribute, .missingEnvelopeAttribute:
            let cases = envelopeCases()
            return cases[Int.random(in: 0..<cases.count, using: &random)]
        case .wrongType: return field.flatMap { wrongType($0) }
        case .missingField: return field.flatMap { $0.required ? mutated(.missingField, $0, to: nil) : nil }
        case .unknownEnum: return field.flatMap { $0.enumValues.isEmpty ? nil : mutated(.unknownEnum, $0, to: .string("SIDEWAYS")) }
        case .oversizedString: return field.flatMap { oversizedString($0) }
        case .outOfRange: return field.flatMap { outOfRange($0) }
        case .emptyArray, .oversizedArray, .oversizedBody, .unconsumedType: return nil
        }
    }
}
