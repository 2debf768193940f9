/// Why a whole batch is refused before anything is verified (issue 7 §5: malformed batches change
/// nothing and say why). Every problem found is listed, not only the first.
public enum BatchProblem: Sendable, Equatable, Hashable, Codable {
    case missingField(String)
    case noItems
    case nonPositiveQuantity(idempotencyKey: String, quantity: Int64)
    case nonPositivePlannedPrice(idempotencyKey: String, priceCents: Int64)
    case negativePlannedSpend(idempotencyKey: String, spendCents: Int64)
    case repeatedIdempotencyKey(String)
    case unknownProduct(idempotencyKey: String, productId: String)
}

/// The typed error of ``executeBatch(_:context:)``.
public enum BatchExecutionError: Error, Sendable, Equatable {
    /// The batch is malformed; nothing may be written.
    case malformed([BatchProblem])
    /// `quantity × price` or a total left the `Int64` range.
    case overflow
}

enum BatchValidation {
    static func problems(_ batch: PurchaseBatchRequest, context: ExecutionContext) -> [BatchProblem] {
        var problems: [BatchProblem] = []
        if batch.waveId.isEmpty { problems.append(.missingField("waveId")) }
        if batch.batchId.isEmpty { problems.append(.missingField("batchId")) }
        if batch.companyId.isEmpty { problems.append(.missingField("companyId")) }
        if batch.items.isEmpty { problems.append(.noItems) }
        var keys = Set<String>()
        for item in batch.items {
            let key = item.idempotencyKey
            if key.isEmpty { problems.append(.missingField("idempotencyKey")) }
            if item.productId.isEmpty { problems.append(.missingField("productId")) }
            if item.buyerId.isEmpty { problems.append(.missingField("buyerId")) }
            if !key.isEmpty && !keys.insert(key).inserted { problems.append(.repeatedIdempotencyKey(key)) }
            if item.quantity <= 0 { problems.append(.nonPositiveQuantity(idempotencyKey: key, quantity: item.quantity)) }
            if item.unitPriceCents <= 0 {
                problems.append(.nonPositivePlannedPrice(idempotencyKey: key, priceCents: item.unitPriceCents))
            }
            if item.plannedSpendCents < 0 {
                problems.append(.negativePlannedSpend(idempotencyKey: key, spendCents: item.plannedSpendCents))
            }
            if !item.productId.isEmpty && context.products[item.productId] == nil {
                problems.append(.unknownProduct(idempotencyKey: key, productId: item.productId))
            }
        }
        return problems
    }
}
