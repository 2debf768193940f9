/// Why a string was rejected by ``Cents/init(parsing:)``.
///
/// The accepted grammar is `-?[0-9]+(\.[0-9]{1,2})?` in ASCII, with nothing around it.
public enum DecimalParseFailure: Error, Hashable, Sendable {
    /// The string was empty.
    case empty
    /// There were no digits before the decimal point, as in `".5"`, `"-.5"` or `"-"`.
    case missingIntegerDigits
    /// A decimal point was not followed by digits, as in `"1."`.
    case missingFractionDigits
    /// More than two digits followed the decimal point, as in `"1.234"`; cents cannot hold them exactly.
    case tooManyFractionDigits
    /// A character outside the grammar (a space, `+`, `e`, a letter, a second `.`) at this UTF-8 offset.
    case unexpectedCharacter(Character, offset: Int)
    /// The amount is a valid decimal but lies outside the `Int64` cents range.
    case outOfRange
}

extension DecimalParseFailure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .empty:
            "no digits"
        case .missingIntegerDigits:
            "digits are required before the decimal point"
        case .missingFractionDigits:
            "digits are required after the decimal point"
        case .tooManyFractionDigits:
            "more than two decimal places"
        case .unexpectedCharacter(let character, let offset):
            "unexpected character \"\(character)\" at offset \(offset)"
        case .outOfRange:
            "amount is outside the Int64 cents range"
        }
    }
}
