/// `value × numerator / denominator` computed exactly: the 128-bit product is divided once, and the
/// truncated quotient and remainder are kept as unsigned magnitudes plus a sign, so no step can
/// trap, including `Int64.min` operands whose magnitude has no positive `Int64`.
struct ExactQuotient {
    /// `|value × numerator| / |denominator|`, truncated.
    var magnitude: UInt64
    /// `|value × numerator| mod |denominator|`; zero when the quotient is whole.
    var remainder: UInt64
    /// `|denominator|`, never zero.
    var divisor: UInt64
    /// Whether the exact quotient is below zero.
    var isNegative: Bool

    /// Throws ``MoneyError/divisionByZero``, or ``MoneyError/overflow`` when the truncated
    /// magnitude is at least 2⁶⁴ (out of `Int64` range under every rounding rule).
    init(_ value: Int64, times numerator: Int64, over denominator: Int64) throws(MoneyError) {
        guard denominator != 0 else { throw .divisionByZero }
        let divisor = denominator.magnitude
        let product = value.magnitude.multipliedFullWidth(by: numerator.magnitude)
        // dividingFullWidth traps when the quotient needs more than 64 bits, which is exactly
        // when the high word is not below the divisor.
        guard product.high < divisor else { throw .overflow }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        self.magnitude = quotient
        self.remainder = remainder
        self.divisor = divisor
        let productIsNegative = (value < 0) != (numerator < 0)
        self.isNegative = value != 0 && numerator != 0 && productIsNegative != (denominator < 0)
    }

    /// The quotient rounded by `rule`, or ``MoneyError/overflow`` when it is outside `Int64`.
    func rounded(_ rule: RoundingRule) throws(MoneyError) -> Int64 {
        let (result, overflow) = magnitude.addingReportingOverflow(roundsAwayFromZero(rule) ? 1 : 0)
        guard !overflow else { throw .overflow }
        if isNegative {
            // Negative Int64 reaches one further than positive: -2⁶³ is Int64.min.
            guard result <= Int64.min.magnitude else { throw .overflow }
            return Int64(bitPattern: 0 &- result)
        }
        guard let positive = Int64(exactly: result) else { throw .overflow }
        return positive
    }

    /// Whether `rule` moves the truncated magnitude one step further from zero.
    private func roundsAwayFromZero(_ rule: RoundingRule) -> Bool {
        guard remainder != 0 else { return false }
        // Compare remainder with divisor - remainder rather than 2 × remainder with divisor,
        // which keeps the comparison overflow-free; the fraction is remainder / divisor.
        let distanceToNext = divisor - remainder
        switch rule {
        case .floor:
            return isNegative
        case .halfUp:
            return remainder >= distanceToNext
        case .halfEven:
            return remainder > distanceToNext || (remainder == distanceToNext && magnitude & 1 == 1)
        }
    }
}
