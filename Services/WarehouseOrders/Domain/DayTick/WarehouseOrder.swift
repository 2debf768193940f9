import Money

/// The day's customer order of one warehouse (seed §1 `ModaverseOrder`), carried by
/// `warehouse.order.created`. It exists only when some item has a quantity > 0.
public struct WarehouseOrder: Hashable, Sendable {
    /// Deterministic per (warehouse, day) (D002-16), see ``OrderIdentity``.
    public var id: OrderID
    public var companyId: CompanyID
    public var warehouseBuildingId: WarehouseID
    public var dayKey: DayKey
    /// In listing order (`createdAt`, `id`); `sortIndex` counts them from 0 (D002-16).
    public var items: [Item]

    public init(id: OrderID, companyId: CompanyID, warehouseBuildingId: WarehouseID, dayKey: DayKey, items: [Item]) {
        self.id = id
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
        self.items = items
    }

    /// One order line (seed §1 `ModaverseOrderItem`). It starts with `qtyFulfilled = 0` and
    /// `qtyShipped = 0`; its quantity is already reserved from stock (D002-04).
    public struct Item: Hashable, Sendable {
        /// Deterministic per (order, listing), see ``OrderIdentity``.
        public var id: OrderItemID
        public var listingId: ListingID
        public var productTemplateId: ProductTemplateID
        public var playerProductId: PlayerProductID
        /// ≥ 1.
        public var qtyOrdered: Int64
        /// 0-based position among the order's items (D002-16).
        public var sortIndex: Int
        /// The effective price `salePrice ?? listPrice` (D002-18), the seed's `salePriceUsd`.
        public var salePrice: Cents
        /// The demand before price and season effects (D002-27).
        public var expectedUnits: Int64
        public var reasons: ReasonsSnapshot

        public init(
            id: OrderItemID, listingId: ListingID, productTemplateId: ProductTemplateID,
            playerProductId: PlayerProductID, qtyOrdered: Int64, sortIndex: Int, salePrice: Cents,
            expectedUnits: Int64, reasons: ReasonsSnapshot
        ) {
            self.id = id
            self.listingId = listingId
            self.productTemplateId = productTemplateId
            self.playerProductId = playerProductId
            self.qtyOrdered = qtyOrdered
            self.sortIndex = sortIndex
            self.salePrice = salePrice
            self.expectedUnits = expectedUnits
            self.reasons = reasons
        }
    }
}
