import Foundation

/// Finds the raw bytes of the top-level `data` member of an already-parsed JSON object, so
/// the envelope keeps them exactly as sent without re-serialising.
enum DataMember {
    static func extract(from document: Data) throws(ContractViolation) -> Data {
        let found: Result<Range<Int>?, ContractViolation> = document.withUnsafeBytes { raw in
            var scanner = MemberScanner(bytes: raw)
            return scanner.valueRange(ofMember: "data")
        }
        switch found {
        case .failure(let violation):
            throw violation
        case .success(nil):
            throw .missing("data")
        case .success(let range?):
            let value = document[document.startIndex + range.lowerBound ..< document.startIndex + range.upperBound]
            guard value.first == UInt8(ascii: "{") else {
                let kind = (try? EventJSON.decoder.decode(JSONValue.self, from: Data(value)))?.kind ?? "invalid JSON"
                throw ContractViolation(field: "data", reason: "expected object, found \(kind)")
            }
            return Data(value)
        }
    }
}

/// A forward-only scanner over the bytes of one JSON object.
private struct MemberScanner {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    private static let malformed = ContractViolation(field: ContractViolation.envelopeField, reason: "malformed JSON")

    /// The byte range of the value of top-level member `name`; a duplicate member is an error.
    mutating func valueRange(ofMember name: String) -> Result<Range<Int>?, ContractViolation> {
        skipWhitespace()
        guard consume(UInt8(ascii: "{")) else { return .failure(Self.malformed) }
        var found: Range<Int>?
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .success(nil) }
        while true {
            skipWhitespace()
            guard let keyRange = skipString() else { return .failure(Self.malformed) }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { return .failure(Self.malformed) }
            skipWhitespace()
            let start = index
            guard skipValue() else { return .failure(Self.malformed) }
            if key(in: keyRange) == name {
                guard found == nil else {
                    return .failure(ContractViolation(field: name, reason: "appears more than once"))
                }
                found = start..<index
            }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "}")) ? .success(found) : .failure(Self.malformed)
        }
    }

    /// The decoded key; escapes are rare in keys, so only then is JSON decoding used.
    private func key(in range: Range<Int>) -> String? {
        let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
        if !raw.contains(UInt8(ascii: "\\")) {
            return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
        }
        return try? JSONDecoder().decode(String.self, from: Data(raw))
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A number, `true`, `false` or `null` ends at a separator or whitespace.
    private static func endsScalar(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    /// Skips a string starting at a quote; returns its range including quotes.
    private mutating func skipString() -> Range<Int>? {
        let start = index
        guard consume(UInt8(ascii: "\"")) else { return nil }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return start..<index
            default: index += 1
            }
        }
        return nil
    }

    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return skipString() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard skipString() != nil else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                index += 1
                if depth == 0 { return true }
            }
            return false
        default:
            let start = index
            while index < bytes.count, !Self.endsScalar(bytes[index]) { index += 1 }
            return index > start
        }
    }
}
