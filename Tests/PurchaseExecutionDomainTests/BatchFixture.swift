import PurchaseExecutionDomain

enum BatchFixture {
    static func item(_ productId: String, quantity: Int64 = 10, price: Int64 = 10_000, spend: Int64? = nil,
                     buyer: String = "sim_buyer", key: String? = nil) -> BatchItemRequest {
        BatchItemRequest(idempotencyKey: key ?? "w:h:\(productId)", productId: productId, quantity: quantity,
                         unitPriceCents: price, plannedSpendCents: spend ?? quantity * price, buyerId: buyer)
    }

    static func batch(_ items: [BatchItemRequest], company: String = "acme") -> PurchaseBatchRequest {
        PurchaseBatchRequest(waveId: "w", pass: 0, batchId: "w:h:0", companyId: company, items: items)
    }

    static func product(_ id: String, company: String = "acme", price: Int64 = 10_000, stock: Int64? = 100,
                        active: Bool = true, archived: Bool = false) -> VerifiedProduct {
        VerifiedProduct(productId: id, companyId: company, priceCents: price, stockAvailable: stock, isActive: active,
                        isArchived: archived)
    }
}
