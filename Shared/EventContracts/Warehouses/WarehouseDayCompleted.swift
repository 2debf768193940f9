/// `warehouse.day.completed` (warehouse-orders → game, analytics): the outcome of one day tick.
public struct WarehouseDayCompleted: EventPayload {
    public static let eventType = "warehouse.day.completed"

    public var warehouseBuildingId: String
    public var dayKey: String
    /// Absent when nothing was ordered.
    public var orderId: String?
    public var listingsConsidered: Int64
    public var itemsOrdered: Int64
    public var unitsOrdered: Int64
    public var blockedByPrice: Int64
    public var blockedBySeason: Int64
    public var paused: Int64
    /// True when the (warehouse, day) had already been handled, so nothing was done (D002-05).
    public var skippedAsDuplicate: Bool

    public init(
        warehouseBuildingId: String, dayKey: String, orderId: String? = nil, listingsConsidered: Int64,
        itemsOrdered: Int64, unitsOrdered: Int64, blockedByPrice: Int64, blockedBySeason: Int64, paused: Int64,
        skippedAsDuplicate: Bool
    ) {
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
        self.orderId = orderId
        self.listingsConsidered = listingsConsidered
        self.itemsOrdered = itemsOrdered
        self.unitsOrdered = unitsOrdered
        self.blockedByPrice = blockedByPrice
        self.blockedBySeason = blockedBySeason
        self.paused = paused
        self.skippedAsDuplicate = skippedAsDuplicate
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.dayKey(dayKey, "data.dayKey")
        if let orderId { try Check.identifier(orderId, "data.orderId") }
        try Check.atLeast(listingsConsidered, 0, "data.listingsConsidered")
        try Check.atLeast(itemsOrdered, 0, "data.itemsOrdered")
        try Check.atLeast(unitsOrdered, itemsOrdered, "data.unitsOrdered")
        try Check.atLeast(blockedByPrice, 0, "data.blockedByPrice")
        try Check.atLeast(blockedBySeason, 0, "data.blockedBySeason")
        try Check.atLeast(paused, 0, "data.paused")
    }
}
