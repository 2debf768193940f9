import EventContracts
import PurchaseExecutionDomain

extension PurchaseBatchExecuted {
    /// The event of one executed batch: status and reason per item, and the total spent.
    init(_ execution: BatchExecution) {
        self.init(
            waveId: execution.waveId, pass: Int64(execution.pass), batchId: execution.batchId,
            items: execution.items.map { outcome in
                Item(
                    idempotencyKey: outcome.idempotencyKey, productId: outcome.productId, status: PurchaseItemStatus(outcome.status),
                    quantity: outcome.quantity, unitPriceCents: outcome.unitPriceCents, spentCents: outcome.spentCents,
                    reason: outcome.reason?.rawValue)
            },
            spentCents: execution.spentCents)
    }
}

extension PurchaseItemStatus {
    init(_ status: ItemStatus) {
        switch status {
        case .filled: self = .filled
        case .partial: self = .partial
        case .rejected: self = .rejected
        case .duplicate: self = .duplicate
        }
    }
}
