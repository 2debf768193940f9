/// A closed enumeration of UPPER_SNAKE strings (`VoteType`, `FreezeMode`, ...).
///
/// Decoding an unknown value fails with a reason that lists the accepted ones:
/// `unknown value "SIDEWAYS" (expected UNDER, FAIR, OVER)`.
public protocol ContractEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {}

extension ContractEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let expected = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown value \(ContractViolation.quoted(raw)) (expected \(expected))")
        }
        self = value
    }
}

/// An open enumeration: other systems may add values (listing statuses, metric types), so
/// any UPPER_SNAKE string is accepted and known values are named constants.
public protocol OpenContractEnum: RawRepresentable, Codable, Sendable, Hashable where RawValue == String {
    init(rawValue: String)
}

extension OpenContractEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Checks the value is UPPER_SNAKE (`A-Z`, digits, single underscores), e.g. `SALES_COUNT`.
    func validate(_ field: @autoclosure () -> String) throws(ContractViolation) {
        let bytes = Array(rawValue.utf8)
        let isUpper = { (byte: UInt8) in (65...90).contains(byte) }
        let isWordByte = { (byte: UInt8) in isUpper(byte) || (48...57).contains(byte) }
        let wellFormed = bytes.first.map(isUpper) == true && bytes.last.map(isWordByte) == true
            && bytes.count <= 64
            && bytes.indices.allSatisfy { index in
                isWordByte(bytes[index]) || (bytes[index] == UInt8(ascii: "_") && bytes[index - 1] != UInt8(ascii: "_"))
            }
        guard wellFormed else {
            throw ContractViolation(field: field(), reason: "expected an UPPER_SNAKE value, found \(ContractViolation.quoted(rawValue))")
        }
    }
}
