/// How strongly price affects demand: a piecewise-linear curve of the price index (D002-02, the
/// seed's `getPriceMultiplier`).
///
/// Between knots `(x0, m0)` and `(x1, m1)`, for `x0 ≤ idx < x1`,
/// `m = m0 + (idx − x0)·(m1 − m0)/(x1 − x0)`, evaluated in that order; flat outside the first
/// and last knot. The standard curve (``standard``) goes through (0.5, 1.3), (1.0, 1.0),
/// (1.5, 0.4), (2.0, 0.0): neutral at the suggested price, at most +30 % for underpricing, and
/// the literal 0.0 from twice the price on, so `blockedByPrice = (multiplier == 0)` can use an
/// exact comparison (D002-24).
public struct PriceMultiplierCurve: Hashable, Sendable, Codable {
    /// One point of the curve.
    public struct Knot: Hashable, Sendable, Codable {
        public var priceIndex: Double
        public var multiplier: Double

        public init(priceIndex: Double, multiplier: Double) {
            self.priceIndex = priceIndex
            self.multiplier = multiplier
        }
    }

    /// Knots in strictly increasing price index order (see ``validate()``).
    public var knots: [Knot]

    public init(knots: [Knot]) {
        self.knots = knots
    }

    /// The D002-02 curve.
    public static let standard = PriceMultiplierCurve(knots: [
        Knot(priceIndex: 0.5, multiplier: 1.3),
        Knot(priceIndex: 1.0, multiplier: 1.0),
        Knot(priceIndex: 1.5, multiplier: 0.4),
        Knot(priceIndex: 2.0, multiplier: 0.0),
    ])

    /// The demand multiplier for a price index. A curve without knots is neutral (1.0).
    public func multiplier(at priceIndex: Double) -> Double {
        guard let first = knots.first, let last = knots.last else { return 1.0 }
        if priceIndex <= first.priceIndex { return first.multiplier }
        // Returning the knot's own value here is what makes idx ≥ 2.0 give exactly 0.0.
        if priceIndex >= last.priceIndex { return last.multiplier }
        for (lower, upper) in zip(knots, knots.dropFirst()) where priceIndex < upper.priceIndex {
            return lower.multiplier
                + (priceIndex - lower.priceIndex) * (upper.multiplier - lower.multiplier)
                / (upper.priceIndex - lower.priceIndex)
        }
        return last.multiplier
    }

    /// Refuses knots that are not finite, not strictly increasing in price index, or with a
    /// negative multiplier (a negative demand would be meaningless).
    public func validate() throws(ConfigurationError) {
        for knot in knots where !knot.priceIndex.isFinite || !knot.multiplier.isFinite || knot.multiplier < 0 {
            throw .invalidPriceCurveKnot(priceIndex: knot.priceIndex, multiplier: knot.multiplier)
        }
        for (lower, upper) in zip(knots, knots.dropFirst()) where lower.priceIndex >= upper.priceIndex {
            throw .priceCurveNotIncreasing(at: upper.priceIndex)
        }
    }
}
