import Foundation

/// A CloudEvent whose `data` is not decoded yet: every attribute plus the raw `data` bytes.
///
/// Consumers decode this first, from the message body, to learn the type (and report a clear
/// error) before touching the payload:
///
/// ```swift
/// let envelope = try EventEnvelope(decoding: body)          // size, JSON, attributes
/// let payload = try EventRegistry.v1.decodePayload(envelope) // typed and validated
/// ```
public struct EventEnvelope: Sendable, Equatable {
    /// 256 KiB: larger bodies are rejected before any parsing.
    public static let defaultSizeLimit = 262_144

    public let specversion: String
    public let id: String
    public let source: String
    public let type: String
    public let time: Date
    public let subject: String
    public let datacontenttype: String
    public let correlationid: String?
    public let causationid: String?
    public let traceparent: String?
    /// The exact bytes of the `data` member, a JSON object.
    public let data: Data

    /// Reads and checks the envelope of a structured-mode CloudEvent.
    ///
    /// Checks, in order: size (before parsing), JSON syntax, attribute types, `specversion`
    /// `1.0`, `id` a lowercase UUID, `source` and `type` non-empty, `time` RFC 3339, `subject`
    /// non-empty, `datacontenttype` (if present) `application/json`, `causationid` a UUID,
    /// `traceparent` W3C-shaped, and `data` a JSON object.
    public init(decoding bytes: Data, sizeLimit: Int = EventEnvelope.defaultSizeLimit) throws(ContractViolation) {
        guard bytes.count <= sizeLimit else {
            throw ContractViolation(
                field: ContractViolation.envelopeField,
                reason: "\(bytes.count) bytes exceeds the \(sizeLimit)-byte limit")
        }
        // The scan reads a plain document (every attribute a string without escapes) in half JSONDecoder's
        // time or less (2.7 against 5.6 µs when it came, 9b70baa); anything else, every invalid document
        // included, takes JSONDecoder's path and gets its errors.
        let scanned = bytes.withUnsafeBytes { EnvelopeScan.scan($0) }
        let header: EnvelopeHeader
        if let scanned {
            header = scanned.header
        } else {
            header = try EventJSON.decode(EnvelopeHeader.self, from: bytes, prefix: "")
        }
        guard header.specversion == CloudEventsSpec.version else {
            throw ContractViolation(field: "specversion", reason: "expected \"1.0\", found \(ContractViolation.quoted(header.specversion))")
        }
        try EnvelopeRules.validate(
            id: header.id, source: header.source, correlationid: header.correlationid,
            causationid: header.causationid, traceparent: header.traceparent)
        guard !header.type.isEmpty else { throw ContractViolation(field: "type", reason: "must not be empty") }
        guard let time = Timestamp.parse(header.time) else {
            throw ContractViolation(field: "time", reason: Timestamp.parseFailure(header.time))
        }
        guard let subject = header.subject else { throw .missing("subject") }
        guard !subject.isEmpty else { throw ContractViolation(field: "subject", reason: "must not be empty") }
        let contentType = header.datacontenttype ?? CloudEventsSpec.dataContentType
        guard contentType == CloudEventsSpec.dataContentType else {
            throw ContractViolation(
                field: "datacontenttype", reason: "expected \"application/json\", found \(ContractViolation.quoted(contentType))")
        }
        specversion = header.specversion
        id = header.id
        source = header.source
        type = header.type
        self.time = time
        self.subject = subject
        datacontenttype = contentType
        correlationid = header.correlationid
        causationid = header.causationid
        traceparent = header.traceparent
        if let range = scanned?.data {
            data = Data(bytes[bytes.startIndex + range.lowerBound ..< bytes.startIndex + range.upperBound])
        } else {
            data = try DataMember.extract(from: bytes)
        }
    }
}

/// The attributes as they appear in JSON; `time` stays text so its error names the field.
struct EnvelopeHeader: Decodable, Equatable {
    let specversion: String
    let id: String
    let source: String
    let type: String
    let time: String
    let subject: String?
    let datacontenttype: String?
    let correlationid: String?
    let causationid: String?
    let traceparent: String?
}
