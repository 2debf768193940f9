import Foundation

/// The one JSON configuration every event is written and read with.
///
/// Encoding is deterministic: keys sorted, slashes unescaped, dates in the canonical RFC 3339
/// form, so encoding the same value twice gives the same bytes (outbox rows and hashes are
/// stable).
enum EventJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            guard let text = Timestamp.format(date) else {
                throw EncodingError.invalidValue(date, .init(
                    codingPath: encoder.codingPath, debugDescription: "date outside years 0000…9999"))
            }
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: Timestamp.parseFailure(text))
            }
            return date
        }
        return decoder
    }()

    /// Decodes `type` from `bytes`, reporting any failure as a violation that names the field.
    ///
    /// Plain documents (nearly all) are read by ``PlainJSONDecoder``, which gives up on anything else; then
    /// `JSONDecoder` reads them, and a failure is replayed on a ``JSONValue`` tree by ``JSONValueDecoder``
    /// to get an exact path and reason.
    /// - Parameter prefix: where `bytes` sit in the CloudEvent (`data`), empty for the envelope.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: Data, prefix: String) throws(ContractViolation) -> T {
        if let plain = PlainJSONDecoder.decode(type, from: bytes) { return plain }
        do {
            return try decoder.decode(type, from: bytes)
        } catch {
            let tree: JSONValue
            do {
                tree = try decoder.decode(JSONValue.self, from: bytes)
            } catch {
                throw ContractViolation(field: prefix.isEmpty ? ContractViolation.envelopeField : prefix, reason: "malformed JSON")
            }
            do {
                return try JSONValueDecoder.decode(type, from: tree, path: [])
            } catch let decodingError as DecodingError {
                throw ContractViolation(decoding: decodingError, prefix: prefix)
            } catch let violation as ContractViolation {
                throw violation
            } catch {
                throw ContractViolation(field: prefix.isEmpty ? ContractViolation.envelopeField : prefix, reason: "\(error)")
            }
        }
    }

    /// Encodes a value with the deterministic configuration: ``PlainJSONEncoder`` when it can, which writes
    /// the same bytes faster, else `JSONEncoder`.
    static func encode<T: Encodable>(_ value: T, field: String) throws(ContractViolation) -> [UInt8] {
        if let plain = PlainJSONEncoder.encode(value) { return plain }
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw ContractViolation(field: field, reason: "cannot be encoded: \(error)")
        }
    }
}
