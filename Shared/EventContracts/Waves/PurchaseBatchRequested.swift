/// `purchase.batch.requested` (wave-planning → purchase-execution): up to one company's orders
/// of one pass, executed in one transaction (D000-34, D000-40).
public struct PurchaseBatchRequested: EventPayload {
    public static let eventType = "purchase.batch.requested"

    /// One planned order line.
    public struct Item: Codable, Sendable, Equatable {
        /// `"{waveId}:{planHash}:{productId}"` (D000-39); unique across all sales.
        public var idempotencyKey: String
        public var productId: String
        public var quantity: Int64
        public var unitPriceCents: Int64
        /// The most this line may spend at the verified price (D000-35).
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

        func validate(_ path: @autoclosure () -> String) throws(ContractViolation) {
            try Check.text(idempotencyKey, "\(path()).idempotencyKey")
            try Check.identifier(productId, "\(path()).productId")
            try Check.atLeast(quantity, 1, "\(path()).quantity")
            try Check.atLeast(unitPriceCents, 1, "\(path()).unitPriceCents")
            try Check.atLeast(plannedSpendCents, 0, "\(path()).plannedSpendCents")
            try Check.identifier(buyerId, "\(path()).buyerId")
        }
    }

    public var waveId: String
    public var pass: Int64
    public var batchId: String
    public var companyId: String
    public var items: [Item]

    public init(waveId: String, pass: Int64, batchId: String, companyId: String, items: [Item]) {
        self.waveId = waveId
        self.pass = pass
        self.batchId = batchId
        self.companyId = companyId
        self.items = items
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.atLeast(pass, 1, "data.pass")
        try Check.identifier(batchId, "data.batchId")
        try Check.identifier(companyId, "data.companyId")
        try Check.nonEmpty(items, "data.items")
        for (index, item) in items.enumerated() { try item.validate("data.items[\(index)]") }
        try Check.unique(items, by: \.idempotencyKey, "data.items", "idempotencyKey")
    }
}
