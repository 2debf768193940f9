/// D000-39, D000-40: turns one pass's (product, units, price) lines into keyed orders and
/// batches of one company each, companies in companyId order, orders in productId order,
/// at most `batchSize` per batch. Batch ids are `"{waveId}:{planHash}:{n}"`, deterministic for retries.
enum PlanBatching {
    struct Line {
        var productId: String
        var companyId: String
        var quantity: Int64
        var unitPriceCents: Int64
    }

    static func build(
        _ lines: [Line], waveId: String, seed: String, batchSize: Int
    ) -> (planHash: String, orders: [PlannedOrder], batches: [PurchaseBatch]) {
        let planHash = PlanHash.hash(of: lines.map { ($0.productId, $0.quantity, $0.unitPriceCents) })
        let orders = lines.map { line in
            PlannedOrder(
                productId: line.productId, companyId: line.companyId, quantity: line.quantity,
                unitPriceCents: line.unitPriceCents, plannedSpendCents: line.quantity * line.unitPriceCents,
                idempotencyKey: PlanHash.idempotencyKey(waveId: waveId, planHash: planHash, productId: line.productId),
                buyerId: BuyerIdentity.buyerId(seed: seed, productId: line.productId))
        }.sorted { lhs, rhs in
            lhs.companyId != rhs.companyId ? byteOrder(lhs.companyId, rhs.companyId) : byteOrder(lhs.productId, rhs.productId)
        }
        var batches: [PurchaseBatch] = []
        var start = orders.startIndex
        while start < orders.endIndex {
            let company = orders[start].companyId
            var end = start
            while end < orders.endIndex, orders[end].companyId == company, end - start < batchSize { end += 1 }
            batches.append(
                PurchaseBatch(batchId: "\(waveId):\(planHash):\(batches.count)", companyId: company, orders: Array(orders[start..<end])))
            start = end
        }
        return (planHash, orders, batches)
    }
}
