import Money

/// A warehouse's stock of one template (`warehouse.inventory.adjusted`, seed §1
/// `BuildingInventoryItem`). All listings of the template in the warehouse share it (D002-15).
public struct InventoryItem: Hashable, Sendable, Codable {
    public var warehouseBuildingId: WarehouseID
    public var productTemplateId: ProductTemplateID
    public var qtyOnHand: Int64
    /// Read and ignored (D002-25).
    public var avgUnitCost: Cents

    public init(
        warehouseBuildingId: WarehouseID, productTemplateId: ProductTemplateID, qtyOnHand: Int64,
        avgUnitCost: Cents = .zero
    ) {
        self.warehouseBuildingId = warehouseBuildingId
        self.productTemplateId = productTemplateId
        self.qtyOnHand = qtyOnHand
        self.avgUnitCost = avgUnitCost
    }

    /// Refuses empty ids, negative stock or cost, and stock above ``ReferenceLimits/maxQuantity``.
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(warehouseBuildingId, "warehouseBuildingId")
        try Check.identifier(productTemplateId, "productTemplateId")
        try Check.quantity(qtyOnHand, "qtyOnHand")
        if avgUnitCost < .zero { throw .negative(field: "avgUnitCostCents", value: avgUnitCost.rawValue) }
    }
}
