import Money

/// The displayed band around the live price that gives votes their meaning (§7) and the anchor
/// boundaries moves start from (§15).
///
/// P-10: the bounds are the exact `live × (1 ± FAIR_RANGE_PCT)` rounded half-up to cents, as
/// PostgreSQL NUMERIC would: a live price of 0.30 has the lower bound 0.29 (28.5 → 29).
/// The aggregator itself uses the bounds logged on the vote (B.2 step 11); this type is how
/// voting stamps them and how the state API shows them (P-30).
public struct FairRange: Sendable, Hashable, Codable {
    /// `live × (1 − pct)`, half-up to cents.
    public var lower: Cents
    /// `live × (1 + pct)`, half-up to cents.
    public var upper: Cents

    /// Builds a range from bounds already computed (e.g. the ones logged on a vote).
    public init(lower: Cents, upper: Cents) {
        self.lower = lower
        self.upper = upper
    }

    /// The fair range around `livePrice`.
    ///
    /// - Throws: ``MoneyError/overflow`` only for prices near `Int64.max` cents, which no
    ///   validated price reaches.
    public init(around livePrice: Cents, pct: BasisPoints) throws(MoneyError) {
        lower = try livePrice.applying(BasisPoints(BasisPoints.perWhole - pct.rawValue), rounding: .halfUp)
        upper = try livePrice.applying(BasisPoints(BasisPoints.perWhole + pct.rawValue), rounding: .halfUp)
    }
}
