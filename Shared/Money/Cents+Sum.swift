extension Sequence where Element == Cents {
    /// The exact total of all amounts, or ``MoneyError/overflow`` when that total is outside the
    /// `Int64` range.
    ///
    /// Only the final total has to fit: intermediate running totals may leave the range
    /// (`[.max, 1, -1]` sums to `.max`). The running total wraps and the number of wraps is
    /// counted, so the true sum is `wrapped + wraps × 2⁶⁴` and fits exactly when `wraps == 0`.
    public func sum() throws(MoneyError) -> Cents {
        var wrapped: Int64 = 0
        var wraps = 0
        for amount in self {
            let (partial, overflow) = wrapped.addingReportingOverflow(amount.rawValue)
            if overflow {
                wraps += amount.rawValue > 0 ? 1 : -1
            }
            wrapped = partial
        }
        guard wraps == 0 else { throw .overflow }
        return Cents(wrapped)
    }
}
