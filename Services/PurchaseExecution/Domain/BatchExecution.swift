/// The pure result of one batch: per-item outcomes and the writes the transaction makes
/// (D000-34): stock decrements, units sold, and one aggregated credit per company.
public struct BatchExecution: Sendable, Equatable, Codable {
    public var waveId: String
    public var pass: Int
    public var batchId: String
    public var items: [ItemOutcome]
    /// Units bought per product, productId order: the conditional decrement and `total_sold`.
    public var soldUnits: [ProductSale]
    /// One credit per company (fee 0, platform-minted money, D000-41).
    public var companyCredits: [CompanyCredit]
    public var spentCents: Int64
}

/// Units of one product bought in a batch.
public struct ProductSale: Sendable, Equatable, Codable {
    public var productId: String
    public var units: Int64

    public init(productId: String, units: Int64) {
        self.productId = productId
        self.units = units
    }
}

/// The one balance credit of a company for a batch.
public struct CompanyCredit: Sendable, Equatable, Codable {
    public var companyId: String
    public var amountCents: Int64

    public init(companyId: String, amountCents: Int64) {
        self.companyId = companyId
        self.amountCents = amountCents
    }
}

/// Verifies and prices every item of `batch` against the locked product state (issue 7 §3).
///
/// Items run in batch order against a running stock, so two items of one product cannot
/// oversell. An item whose key was already applied is DUPLICATE with no effect. The result is a
/// pure value; the storage layer turns it into one transaction.
public func executeBatch(
    _ batch: PurchaseBatchRequest, context: ExecutionContext
) throws(BatchExecutionError) -> BatchExecution {
    let problems = BatchValidation.problems(batch, context: context)
    guard problems.isEmpty else { throw .malformed(problems) }
    var stock: [String: Int64?] = [:]
    var sold: [String: Int64] = [:]
    var credits: [String: Int64] = [:]
    var outcomes: [ItemOutcome] = []
    var total: Int64 = 0
    for item in batch.items {
        // Validation guarantees the product exists.
        guard let product = context.products[item.productId] else { continue }
        let current = stock[item.productId] ?? product.stockAvailable
        func outcome(_ status: ItemStatus, _ units: Int64, _ spent: Int64, _ reason: ItemReason?) -> ItemOutcome {
            ItemOutcome(
                idempotencyKey: item.idempotencyKey, productId: item.productId, status: status, quantity: units,
                unitPriceCents: product.priceCents, spentCents: spent, reason: reason)
        }
        if context.appliedKeys.contains(item.idempotencyKey) {
            outcomes.append(outcome(.duplicate, 0, 0, .duplicate))
            continue
        }
        if context.rolledBackWaves.contains(batch.waveId) {
            outcomes.append(outcome(.rejected, 0, 0, .waveRolledBack))
            continue
        }
        if let reason = ItemVerification.rejection(
            item, product: product, batchCompanyId: batch.companyId, stock: current, context: context)
        {
            outcomes.append(outcome(.rejected, 0, 0, reason))
            continue
        }
        let (units, limit) = PurchaseQuantity.units(
            planned: item.quantity, stock: current, plannedSpendCents: item.plannedSpendCents, price: product.priceCents)
        guard units > 0 else {
            outcomes.append(outcome(.rejected, 0, 0, limit))
            continue
        }
        // units ≤ plannedSpend / price, so the product cannot exceed plannedSpend; checked anyway.
        let (spent, overflow) = units.multipliedReportingOverflow(by: product.priceCents)
        let (newTotal, totalOverflow) = total.addingReportingOverflow(spent)
        let (newSold, soldOverflow) = sold[item.productId, default: 0].addingReportingOverflow(units)
        guard !overflow, !totalOverflow, !soldOverflow else { throw .overflow }
        total = newTotal
        stock[item.productId] = current.map { $0 - units }
        sold[item.productId] = newSold
        credits[product.companyId, default: 0] += spent
        outcomes.append(outcome(units == item.quantity ? .filled : .partial, units, spent, limit))
    }
    return BatchExecution(
        waveId: batch.waveId, pass: batch.pass, batchId: batch.batchId, items: outcomes,
        soldUnits: sold.map { ProductSale(productId: $0.key, units: $0.value) }.sorted { $0.productId.utf8.lexicographicallyPrecedes($1.productId.utf8) },
        companyCredits: credits.map { CompanyCredit(companyId: $0.key, amountCents: $0.value) }
            .sorted { $0.companyId.utf8.lexicographicallyPrecedes($1.companyId.utf8) },
        spentCents: total)
}
