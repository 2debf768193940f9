/// `warehouse.listing.paused` (warehouse-orders → game): a listing ran out of stock (D002-19).
public struct WarehouseListingPaused: EventPayload {
    public static let eventType = "warehouse.listing.paused"

    public var listingId: String
    public var warehouseBuildingId: String
    public var reason: ListingPauseReason
    public var dayKey: String

    public init(listingId: String, warehouseBuildingId: String, reason: ListingPauseReason, dayKey: String) {
        self.listingId = listingId
        self.warehouseBuildingId = warehouseBuildingId
        self.reason = reason
        self.dayKey = dayKey
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(listingId, "data.listingId")
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.dayKey(dayKey, "data.dayKey")
    }
}
