/// `market.price_index.updated` (in, from the game): a market zone's price multiplier (D002-01).
public struct MarketPriceIndexUpdated: EventPayload {
    public static let eventType = "market.price_index.updated"

    public var marketZone: String
    public var multiplier: Double
    public var isActive: Bool

    public init(marketZone: String, multiplier: Double, isActive: Bool) {
        self.marketZone = marketZone
        self.multiplier = multiplier
        self.isActive = isActive
    }

    public var subject: String { Subject.zone(marketZone) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(marketZone, "data.marketZone")
        try Check.greaterThan(multiplier, 0, "data.multiplier")
    }
}
