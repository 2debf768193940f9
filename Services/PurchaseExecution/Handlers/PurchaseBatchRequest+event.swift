import EventContracts
import PurchaseExecutionDomain

extension PurchaseBatchRequest {
    /// The core's view of a validated `purchase.batch.requested`.
    init(_ event: PurchaseBatchRequested) {
        self.init(
            waveId: event.waveId, pass: Int(event.pass), batchId: event.batchId, companyId: event.companyId,
            items: event.items.map { item in
                BatchItemRequest(
                    idempotencyKey: item.idempotencyKey, productId: item.productId, quantity: item.quantity,
                    unitPriceCents: item.unitPriceCents, plannedSpendCents: item.plannedSpendCents, buyerId: item.buyerId)
            })
    }
}
