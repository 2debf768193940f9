/// `warehouse.day.tick` (in, from the game clock): generate one warehouse's orders for a day,
/// exactly once per (warehouse, day) (D002-05).
public struct WarehouseDayTick: EventPayload {
    public static let eventType = "warehouse.day.tick"

    public var companyId: String
    public var warehouseBuildingId: String
    /// The UTC calendar date `YYYY-MM-DD` (D002-06).
    public var dayKey: String

    public init(companyId: String, warehouseBuildingId: String, dayKey: String) {
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(companyId, "data.companyId")
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.dayKey(dayKey, "data.dayKey")
    }
}
