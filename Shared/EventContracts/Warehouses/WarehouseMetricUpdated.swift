/// `warehouse.metric.updated` (in, from the game): a building metric; the `SALES_COUNT`
/// level gives the demand tier `clamp(floor(level), 1, 5)` (D002-13).
public struct WarehouseMetricUpdated: EventPayload {
    public static let eventType = "warehouse.metric.updated"

    public var warehouseBuildingId: String
    public var metricType: BuildingMetricType
    public var currentLevel: Double

    public init(warehouseBuildingId: String, metricType: BuildingMetricType, currentLevel: Double) {
        self.warehouseBuildingId = warehouseBuildingId
        self.metricType = metricType
        self.currentLevel = currentLevel
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try metricType.validate("data.metricType")
        try Check.atLeast(currentLevel, 0, "data.currentLevel")
    }
}
