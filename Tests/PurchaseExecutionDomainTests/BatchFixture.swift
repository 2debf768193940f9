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

/// SplitMix64: a seeded generator for property tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
