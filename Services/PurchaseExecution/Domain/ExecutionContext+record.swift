extension ExecutionContext {
    /// Carries one executed batch into the context, so the next batch of the same transaction sees
    /// the stock it left and treats its applied keys as DUPLICATE.
    ///
    /// The consumer hands several `purchase.batch.requested` events to one transaction; executing
    /// them in delivery order against one running context is what keeps two batches buying the same
    /// product from overselling it, and a batch repeated within one delivery from applying twice.
    public mutating func record(_ execution: BatchExecution) {
        for sale in execution.soldUnits {
            guard let product = products[sale.productId], let stock = product.stockAvailable else { continue }
            products[sale.productId]?.stockAvailable = max(0, stock - sale.units)
        }
        for item in execution.items where item.status == .filled || item.status == .partial {
            appliedKeys.insert(item.idempotencyKey)
        }
    }
}
