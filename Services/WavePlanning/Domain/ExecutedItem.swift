/// One item of `purchase.batch.executed` as the planner consumes it (EVENTS.md).
public struct ExecutedItem: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable {
        case filled = "FILLED"
        case partial = "PARTIAL"
        case rejected = "REJECTED"
        case duplicate = "DUPLICATE"
    }

    public var idempotencyKey: String
    public var productId: String
    public var status: Status
    public var quantity: Int64
    /// The verified price the item executed at (D000-35).
    public var unitPriceCents: Int64
    public var spentCents: Int64
    public var reason: String?
    /// Stock left after the purchase when known (from `product.stock.changed`), nil if unlimited or unknown.
    public var remainingStock: Int64?

    public init(
        idempotencyKey: String, productId: String, status: Status, quantity: Int64, unitPriceCents: Int64,
        spentCents: Int64, reason: String? = nil, remainingStock: Int64? = nil
    ) {
        self.idempotencyKey = idempotencyKey
        self.productId = productId
        self.status = status
        self.quantity = quantity
        self.unitPriceCents = unitPriceCents
        self.spentCents = spentCents
        self.reason = reason
        self.remainingStock = remainingStock
    }
}
