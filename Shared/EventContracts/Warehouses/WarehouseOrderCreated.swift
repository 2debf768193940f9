/// `warehouse.order.created` (warehouse-orders → fulfilment): the day's customer order of one
/// warehouse; only lines with a positive quantity (seed 002 §1).
public struct WarehouseOrderCreated: EventPayload {
    public static let eventType = "warehouse.order.created"

    /// One order line, with the reasons that sized it.
    public struct Item: Codable, Sendable, Equatable {
        public var orderItemId: String
        public var listingId: String
        public var productTemplateId: String
        public var playerProductId: String
        public var qtyOrdered: Int64
        /// The effective price, `salePrice ?? listPrice` (D002-18).
        public var salePriceCents: Int64
        /// The demand before price and season effects (D002-27).
        public var expectedUnits: Int64
        public var reasons: DemandReasons

        public init(
            orderItemId: String, listingId: String, productTemplateId: String, playerProductId: String,
            qtyOrdered: Int64, salePriceCents: Int64, expectedUnits: Int64, reasons: DemandReasons
        ) {
            self.orderItemId = orderItemId
            self.listingId = listingId
            self.productTemplateId = productTemplateId
            self.playerProductId = playerProductId
            self.qtyOrdered = qtyOrdered
            self.salePriceCents = salePriceCents
            self.expectedUnits = expectedUnits
            self.reasons = reasons
        }

        func validate(_ path: @autoclosure () -> String) throws(ContractViolation) {
            try Check.identifier(orderItemId, "\(path()).orderItemId")
            try Check.identifier(listingId, "\(path()).listingId")
            try Check.identifier(productTemplateId, "\(path()).productTemplateId")
            try Check.identifier(playerProductId, "\(path()).playerProductId")
            try Check.atLeast(qtyOrdered, 1, "\(path()).qtyOrdered")
            try Check.atLeast(salePriceCents, 0, "\(path()).salePriceCents")
            try Check.atLeast(expectedUnits, 0, "\(path()).expectedUnits")
            try reasons.validate("\(path()).reasons")
        }
    }

    public var orderId: String
    public var companyId: String
    public var warehouseBuildingId: String
    public var dayKey: String
    public var items: [Item]

    public init(orderId: String, companyId: String, warehouseBuildingId: String, dayKey: String, items: [Item]) {
        self.orderId = orderId
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
        self.items = items
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(orderId, "data.orderId")
        try Check.identifier(companyId, "data.companyId")
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.dayKey(dayKey, "data.dayKey")
        try Check.nonEmpty(items, "data.items")
        for (index, item) in items.enumerated() { try item.validate("data.items[\(index)]") }
        try Check.unique(items, by: \.orderItemId, "data.items", "orderItemId")
    }
}
