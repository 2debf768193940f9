/// The counters of `warehouse.day.completed`.
public struct DayCompletedSummary: Hashable, Sendable, Codable {
    /// `nil` when nothing was ordered (no order is created then, seed §1).
    public var orderId: OrderID?
    /// LISTED listings of the warehouse and company that the tick looked at.
    public var listingsConsidered: Int64
    /// Order items, i.e. listings with `orderedQty > 0`.
    public var itemsOrdered: Int64
    /// Sum of the items' quantities.
    public var unitsOrdered: Int64
    /// Evaluated listings whose price multiplier was exactly 0 (D002-24).
    public var blockedByPrice: Int64
    /// Evaluated listings whose season score was 0 (D002-08).
    public var blockedBySeason: Int64
    /// Distinct listings paused today (D002-19).
    public var paused: Int64
    /// True when the (warehouse, day) had already been ticked and nothing was done (D002-05).
    public var skippedAsDuplicate: Bool

    public init(
        orderId: OrderID? = nil, listingsConsidered: Int64 = 0, itemsOrdered: Int64 = 0, unitsOrdered: Int64 = 0,
        blockedByPrice: Int64 = 0, blockedBySeason: Int64 = 0, paused: Int64 = 0, skippedAsDuplicate: Bool = false
    ) {
        self.orderId = orderId
        self.listingsConsidered = listingsConsidered
        self.itemsOrdered = itemsOrdered
        self.unitsOrdered = unitsOrdered
        self.blockedByPrice = blockedByPrice
        self.blockedBySeason = blockedBySeason
        self.paused = paused
        self.skippedAsDuplicate = skippedAsDuplicate
    }
}
