/// Why a document breaks the event contract, naming the exact field.
///
/// `field` is a path into the CloudEvent (`id`, `time`, `data.items[2].quantity`) or
/// `envelope` for problems with the document as a whole. The description is what a consumer
/// puts in the dead-letter reason header:
///
/// ```
/// data.voteType: unknown value "SIDEWAYS" (expected UNDER, FAIR, OVER)
/// envelope: 300000 bytes exceeds the 262144-byte limit
/// ```
public struct ContractViolation: Error, CustomStringConvertible, Equatable, Sendable {
    /// Path of the offending field (`data.brickId`), or `envelope`.
    public let field: String
    /// What is wrong with it, in words an operator understands.
    public let reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}

extension ContractViolation {
    /// The field name used for problems with the whole document.
    public static let envelopeField = "envelope"

    static func missing(_ field: String) -> ContractViolation {
        ContractViolation(field: field, reason: "missing required field")
    }

    /// Quotes an input value for a reason, shortened so a huge value cannot bloat a header.
    static func quoted(_ value: String) -> String {
        let limit = 64
        if value.unicodeScalars.count <= limit { return "\"\(value)\"" }
        return "\"\(String(String.UnicodeScalarView(value.unicodeScalars.prefix(limit))))…\""
    }
}
