/// `product.stock.changed` (purchase-execution → wave-planning): authoritative stock and sold
/// count after a sale or a rollback. `stockAvailable` is required and nullable (null = unlimited).
public struct ProductStockChanged: EventPayload {
    public static let eventType = "product.stock.changed"

    public var productId: String
    /// Monotonic per product.
    public var version: Int64
    @ExplicitNull public var stockAvailable: Int64?
    public var totalSold: Int64

    public init(productId: String, version: Int64, stockAvailable: Int64?, totalSold: Int64) {
        self.productId = productId
        self.version = version
        self.stockAvailable = stockAvailable
        self.totalSold = totalSold
    }

    public var subject: String { Subject.product(productId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(productId, "data.productId")
        try Check.atLeast(version, 0, "data.version")
        if let stockAvailable { try Check.atLeast(stockAvailable, 0, "data.stockAvailable") }
        try Check.atLeast(totalSold, 0, "data.totalSold")
    }
}
