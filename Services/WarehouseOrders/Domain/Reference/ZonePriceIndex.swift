/// A market zone's price level (`market.price_index.updated`, seed §1 `MarketZonePriceIndex`):
/// the suggested price of a template is scaled by `multiplier` in that zone (D002-01).
public struct ZonePriceIndex: Hashable, Sendable, Codable {
    public var marketZone: MarketZone
    public var multiplier: Double
    /// An inactive index is ignored: the zone multiplier is then 1.0 (D002-01).
    public var isActive: Bool

    public init(marketZone: MarketZone, multiplier: Double, isActive: Bool) {
        self.marketZone = marketZone
        self.multiplier = multiplier
        self.isActive = isActive
    }

    /// The multiplier the price index formula uses: this one if active, finite and > 0, else the
    /// neutral 1.0 (D002-01). Also applied to rows stored before validation existed.
    public var effectiveMultiplier: Double {
        isActive && multiplier.isFinite && multiplier > 0 ? multiplier : 1.0
    }

    /// Refuses an empty zone and a multiplier that is not a finite number > 0; the event
    /// contract allows only those, and a zero multiplier would make every index infinite.
    public func validate() throws(ReferenceDataError) {
        try marketZone.validate("marketZone")
        try Check.finite(multiplier, "multiplier")
        if multiplier <= 0 { throw .nonPositiveRatio(field: "multiplier", value: multiplier) }
    }
}
