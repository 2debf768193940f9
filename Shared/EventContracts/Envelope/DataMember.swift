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

/// Finds one top-level member of a JSON object.
private struct MemberScanner {
    var cursor: JSONCursor

    init(bytes: UnsafeRawBufferPointer) { cursor = JSONCursor(bytes: bytes) }

    private static let malformed = ContractViolation(field: ContractViolation.envelopeField, reason: "malformed JSON")

    /// The byte range of the value of top-level member `name`; a duplicate member is an error.
    mutating func valueRange(ofMember name: String) -> Result<Range<Int>?, ContractViolation> {
        cursor.skipWhitespace()
        guard cursor.take(UInt8(ascii: "{")) else { return .failure(Self.malformed) }
        var found: Range<Int>?
        cursor.skipWhitespace()
        if cursor.take(UInt8(ascii: "}")) { return .success(nil) }
        while true {
            cursor.skipWhitespace()
            guard let keyRange = cursor.skipAnyString() else { return .failure(Self.malformed) }
            cursor.skipWhitespace()
            guard cursor.take(UInt8(ascii: ":")) else { return .failure(Self.malformed) }
            cursor.skipWhitespace()
            let start = cursor.index
            guard cursor.skipAnyValue() else { return .failure(Self.malformed) }
            if key(in: keyRange) == name {
                guard found == nil else {
                    return .failure(ContractViolation(field: name, reason: "appears more than once"))
                }
                found = start..<cursor.index
            }
            cursor.skipWhitespace()
            if cursor.take(UInt8(ascii: ",")) { continue }
            return cursor.take(UInt8(ascii: "}")) ? .success(found) : .failure(Self.malformed)
        }
    }

    /// The decoded key; escapes are rare in keys, so only then is JSON decoding used.
    private func key(in range: Range<Int>) -> String? {
        let raw = UnsafeRawBufferPointer(rebasing: cursor.bytes[range])
        if !raw.contains(UInt8(ascii: "\\")) {
            return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
        }
        return try? JSONDecoder().decode(String.self, from: Data(raw))
    }
}
