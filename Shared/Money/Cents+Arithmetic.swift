extension Cents {
    /// `self + other`, or ``MoneyError/overflow`` when the sum leaves the `Int64` range.
    public func adding(_ other: Cents) throws(MoneyError) -> Cents {
        try Cents.checked(rawValue.addingReportingOverflow(other.rawValue))
    }

    /// `self - other`, or ``MoneyError/overflow`` when the difference leaves the `Int64` range.
    public func subtracting(_ other: Cents) throws(MoneyError) -> Cents {
        try Cents.checked(rawValue.subtractingReportingOverflow(other.rawValue))
    }

    /// `self × factor` (e.g. unit price × quantity), or ``MoneyError/overflow``.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Cents {
        try Cents.checked(rawValue.multipliedReportingOverflow(by: factor))
    }

    /// `-self`; only `Int64.min` cents has no negation and reports ``MoneyError/overflow``.
    public func negated() throws(MoneyError) -> Cents {
        try Cents.checked(Int64(0).subtractingReportingOverflow(rawValue))
    }

    private static func checked(
        _ result: (partialValue: Int64, overflow: Bool)
    ) throws(MoneyError) -> Cents {
        guard !result.overflow else { throw .overflow }
        return Cents(result.partialValue)
    }
}
