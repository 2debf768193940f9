/// `warehouse.building.upserted` (in, from the game): a warehouse and its owner and zone.
public struct WarehouseBuildingUpserted: EventPayload {
    public static let eventType = "warehouse.building.upserted"

    public var warehouseBuildingId: String
    public var companyId: String
    /// `null` or absent means `USA` (D002-22).
    public var marketZone: String?

    public init(warehouseBuildingId: String, companyId: String, marketZone: String?) {
        self.warehouseBuildingId = warehouseBuildingId
        self.companyId = companyId
        self.marketZone = marketZone
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.identifier(companyId, "data.companyId")
        if let marketZone { try Check.identifier(marketZone, "data.marketZone") }
    }
}
