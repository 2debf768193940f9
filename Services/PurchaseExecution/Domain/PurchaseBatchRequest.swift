/// `purchase.batch.requested` (EVENTS.md): one company's orders, executed in one transaction (D000-40).
public struct PurchaseBatchRequest: Sendable, Equatable, Codable {
    public var waveId: String
    public var pass: Int
    public var batchId: String
    public var companyId: String
    public var items: [BatchItemRequest]

    public init(waveId: String, pass: Int, batchId: String, companyId: String, items: [BatchItemRequest]) {
        self.waveId = waveId
        self.pass = pass
        self.batchId = batchId
        self.companyId = companyId
        self.items = items
    }
}

/// One planned purchase of a batch.
public struct BatchItemRequest: Sendable, Equatable, Codable {
    /// `"{waveId}:{planHash}:{productId}"` (D000-39); UNIQUE on sale records.
    public var idempotencyKey: String
    public var productId: String
    public var quantity: Int64
    /// The planned unit price the 5 % band is measured from (D000-35).
    public var unitPriceCents: Int64
    /// The most this item may spend, whatever the verified price.
    public var plannedSpendCents: Int64
    public var buyerId: String

    public init(
        idempotencyKey: String, productId: String, quantity: Int64, unitPriceCents: Int64, plannedSpendCents: Int64,
        buyerId: String
    ) {
        self.idempotencyKey = idempotencyKey
        self.productId = productId
        self.quantity = quantity
        self.unitPriceCents = unitPriceCents
        self.plannedSpendCents = plannedSpendCents
        self.buyerId = buyerId
    }
}
