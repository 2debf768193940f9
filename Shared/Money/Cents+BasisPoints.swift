extension Cents {
    /// This amount × `ratio` / 10 000, rounded by `rule`, with a 128-bit intermediate.
    ///
    /// The waves decisions use `.floor`: `maxSpend = min(B × 500 / 10_000, 2_500_000)` is
    /// `min(try budget.applying(500, rounding: .floor), 2_500_000)`.
    public func applying(_ ratio: BasisPoints, rounding rule: RoundingRule) throws(MoneyError) -> Cents {
        try scaled(by: ratio.rawValue, over: BasisPoints.perWhole, rounding: rule)
    }
}
