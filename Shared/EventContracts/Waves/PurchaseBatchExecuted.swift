/// `purchase.batch.executed` (purchase-execution → wave-planning): what one batch bought.
public struct PurchaseBatchExecuted: EventPayload {
    public static let eventType = "purchase.batch.executed"

    /// The outcome of one order line.
    public struct Item: Codable, Sendable, Equatable {
        public var idempotencyKey: String
        public var productId: String
        public var status: PurchaseItemStatus
        public var quantity: Int64
        /// The verified price actually paid.
        public var unitPriceCents: Int64
        public var spentCents: Int64
        /// Why a line was rejected or short (`price_changed`, `no_stock`, `unaffordable`).
        public var reason: String?

        public init(
            idempotencyKey: String, productId: String, status: PurchaseItemStatus, quantity: Int64, unitPriceCents: Int64,
            spentCents: Int64, reason: String? = nil
        ) {
            self.idempotencyKey = idempotencyKey
            self.productId = productId
            self.status = status
            self.quantity = quantity
            self.unitPriceCents = unitPriceCents
            self.spentCents = spentCents
            self.reason = reason
        }

        func validate(_ path: @autoclosure () -> String) throws(ContractViolation) {
            try Check.text(idempotencyKey, "\(path()).idempotencyKey")
            try Check.identifier(productId, "\(path()).productId")
            try Check.atLeast(quantity, 0, "\(path()).quantity")
            try Check.atLeast(unitPriceCents, 0, "\(path()).unitPriceCents")
            try Check.atLeast(spentCents, 0, "\(path()).spentCents")
            if let reason { try Check.text(reason, "\(path()).reason") }
        }
    }

    public var waveId: String
    public var pass: Int64
    public var batchId: String
    public var items: [Item]
    /// Equals the sum of the items' `spentCents`.
    public var spentCents: Int64

    public init(waveId: String, pass: Int64, batchId: String, items: [Item], spentCents: Int64) {
        self.waveId = waveId
        self.pass = pass
        self.batchId = batchId
        self.items = items
        self.spentCents = spentCents
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.atLeast(pass, 1, "data.pass")
        try Check.identifier(batchId, "data.batchId")
        try Check.nonEmpty(items, "data.items")
        for (index, item) in items.enumerated() { try item.validate("data.items[\(index)]") }
        try Check.unique(items, by: \.idempotencyKey, "data.items", "idempotencyKey")
        let total = try Check.sum(items.lazy.map(\.spentCents), "data.spentCents")
        guard total == spentCents else {
            throw ContractViolation(field: "data.spentCents", reason: "\(spentCents) differs from the items' total \(total)")
        }
    }
}
