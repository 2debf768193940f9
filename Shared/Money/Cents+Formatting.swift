extension Cents: CustomStringConvertible {
    /// The amount as ``decimalString``, so logs and interpolation show `12.34`, not `1234`.
    public var description: String { decimalString }

    /// The amount in currency units with exactly two decimals: `"12.34"`, `"-0.05"`, `"0.00"`.
    ///
    /// This is the inverse of ``init(parsing:)`` for every value, `Int64.min` included
    /// (`"-92233720368547758.08"`), and matches PostgreSQL's text for `NUMERIC(_, 2)`.
    public var decimalString: String {
        // The magnitude is unsigned, so Int64.min needs no special case.
        let magnitude = rawValue.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        let sign = rawValue < 0 ? "-" : ""
        let separator = fraction < 10 ? ".0" : "."
        return sign + String(whole) + separator + String(fraction)
    }
}
