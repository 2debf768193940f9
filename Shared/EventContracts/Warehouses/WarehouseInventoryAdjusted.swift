/// `warehouse.inventory.adjusted` (in, from the game): stock on hand of a template in a warehouse.
public struct WarehouseInventoryAdjusted: EventPayload {
    public static let eventType = "warehouse.inventory.adjusted"

    public var warehouseBuildingId: String
    public var productTemplateId: String
    public var qtyOnHand: Int64
    /// Read and ignored by order generation (D002-25).
    public var avgUnitCostCents: Int64

    public init(warehouseBuildingId: String, productTemplateId: String, qtyOnHand: Int64, avgUnitCostCents: Int64) {
        self.warehouseBuildingId = warehouseBuildingId
        self.productTemplateId = productTemplateId
        self.qtyOnHand = qtyOnHand
        self.avgUnitCostCents = avgUnitCostCents
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.identifier(productTemplateId, "data.productTemplateId")
        try Check.atLeast(qtyOnHand, 0, "data.qtyOnHand")
        try Check.atLeast(avgUnitCostCents, 0, "data.avgUnitCostCents")
    }
}
