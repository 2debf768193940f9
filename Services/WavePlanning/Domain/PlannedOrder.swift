/// One planned purchase: a product, whole units at a unit price, and the spend it may not exceed.
public struct PlannedOrder: Sendable, Equatable, Codable {
    public var productId: String
    public var companyId: String
    public var quantity: Int64
    public var unitPriceCents: Int64
    /// `quantity × unitPriceCents`; execution never spends more (split between the services).
    public var plannedSpendCents: Int64
    /// D000-39.
    public var idempotencyKey: String
    /// D000-41.
    public var buyerId: String
}

/// D000-40: the orders of **one** company in productId order, at most `batchSize` of them,
/// executed (and the balance credited) in one transaction.
public struct PurchaseBatch: Sendable, Equatable, Codable {
    public var batchId: String
    public var companyId: String
    public var orders: [PlannedOrder]

    public var spendCents: Int64 { orders.reduce(0) { $0 + $1.plannedSpendCents } }
}
