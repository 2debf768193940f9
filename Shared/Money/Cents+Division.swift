extension Cents {
    /// `numerator / denominator` rounded by `rule`, for integer results that are not money
    /// (units a budget buys: `try Cents.divide(target, by: price, rounding: .floor)`).
    ///
    /// Throws ``MoneyError/divisionByZero``, or ``MoneyError/overflow`` for `Int64.min / -1`.
    public static func divide(
        _ numerator: Int64, by denominator: Int64, rounding rule: RoundingRule
    ) throws(MoneyError) -> Int64 {
        try ExactQuotient(numerator, times: 1, over: denominator).rounded(rule)
    }

    /// `value × numerator / denominator` rounded by `rule`, exact for every `Int64` input.
    ///
    /// The product is held in 128 bits, so `budget × weight / weightSum` never overflows in the
    /// middle; only a final result outside `Int64` reports ``MoneyError/overflow``. A zero
    /// denominator reports ``MoneyError/divisionByZero``.
    public static func scaled(
        _ value: Int64, numerator: Int64, denominator: Int64, rounding rule: RoundingRule
    ) throws(MoneyError) -> Int64 {
        try ExactQuotient(value, times: numerator, over: denominator).rounded(rule)
    }

    /// This amount split into `divisor` parts, each rounded by `rule` (e.g. a per-unit price).
    public func divided(by divisor: Int64, rounding rule: RoundingRule) throws(MoneyError) -> Cents {
        Cents(try Cents.divide(rawValue, by: divisor, rounding: rule))
    }

    /// This amount × `numerator` / `denominator` rounded by `rule`, with a 128-bit intermediate:
    /// the share of a budget is `try budget.scaled(by: weight, over: weightSum, rounding: .floor)`.
    public func scaled(
        by numerator: Int64, over denominator: Int64, rounding rule: RoundingRule
    ) throws(MoneyError) -> Cents {
        Cents(try Cents.scaled(rawValue, numerator: numerator, denominator: denominator, rounding: rule))
    }
}
