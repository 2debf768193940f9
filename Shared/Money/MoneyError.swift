/// Every way money arithmetic, parsing or apportionment can refuse its input.
///
/// All throwing functions in this module use typed throws (`throws(MoneyError)`), so callers can
/// switch over the cases exhaustively instead of casting an opaque `Error`.
public enum MoneyError: Error, Hashable, Sendable {
    /// The exact result does not fit in `Int64` cents (or `Int64` units).
    case overflow
    /// A division or scaling was asked to divide by zero.
    case divisionByZero
    /// A decimal string is not a valid amount such as `"12.34"` or `"-0.05"`.
    case invalidDecimal(input: String, reason: DecimalParseFailure)
    /// Apportionment cannot split a negative total.
    case negativeTotal(Cents)
    /// Apportionment weights must be zero or positive; `index` locates the first offender.
    case negativeWeight(index: Int, weight: Int64)
    /// Apportionment needs at least one positive weight (the list was empty or all zero).
    case zeroWeightSum
}

extension MoneyError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .overflow:
            "money overflow: the exact result is outside the Int64 range"
        case .divisionByZero:
            "money division by zero"
        case .invalidDecimal(let input, let reason):
            "invalid decimal amount \"\(input)\": \(reason)"
        case .negativeTotal(let total):
            "cannot apportion a negative total (\(total))"
        case .negativeWeight(let index, let weight):
            "apportionment weight at index \(index) is negative (\(weight))"
        case .zeroWeightSum:
            "apportionment needs at least one positive weight"
        }
    }
}
