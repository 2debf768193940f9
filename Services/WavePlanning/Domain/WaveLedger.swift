/// The executed state of a wave and its reallocation passes (D000-35..37).
///
/// Created from the fresh ``WavePlan``; the lead feeds it every `purchase.batch.executed` and asks
/// for the next pass when a pass is done. Codable, so it is persisted with the wave and a restart
/// continues exactly where it stopped.
public struct WaveLedger: Sendable, Equatable, Codable {
    public private(set) var waveId: String
    public private(set) var seed: String
    public private(set) var budgetCents: Int64
    public private(set) var minSpendCents: Int64
    public private(set) var companyCaps: [String: Int64]
    /// Canonical order; `boughtUnits`/`boughtSpendCents` are what executed.
    public private(set) var entries: [AllocationEntry]
    /// The last pass handed out (0 = the fresh plan).
    public private(set) var pass: Int
    /// Idempotency keys already recorded: redelivered results have no second effect.
    public private(set) var recordedKeys: Set<String> = []
    /// Why a product left the wave at execution (`price_changed`, `no_stock`, …, or `partial_fill`).
    public private(set) var executionExclusions: [String: String] = [:]
    /// Allocation steps of reallocation passes, per product, for the explain trace.
    public private(set) var reallocationSteps: [String: [AllocationStep]] = [:]
    public private(set) var lastStopReason: StopReason
    private var indexOf: [String: Int]

    public init(plan: WavePlan) {
        waveId = plan.waveId
        seed = plan.seed
        budgetCents = plan.budgetCents
        minSpendCents = plan.spendCaps.minSpendCents
        companyCaps = plan.companyCaps
        entries = plan.entries
        pass = 0
        lastStopReason = plan.firstPass.stopReason
        indexOf = Dictionary(plan.entries.indices.map { (plan.entries[$0].productId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var spentCents: Int64 { entries.reduce(0) { $0 + $1.boughtSpendCents } }

    /// D000-35, D000-36: applies execution results.
    ///
    /// FILLED adds units at the verified price, which becomes the product's price, and lowers its
    /// unit cap to the stock that exists. PARTIAL adds units and freezes the product. REJECTED
    /// aborts it for the rest of the wave. DUPLICATE and already recorded keys change nothing.
    /// All or nothing: a refused item leaves the ledger as it was.
    public mutating func record(_ items: [ExecutedItem]) throws(WavePlanningError) {
        var next = self
        try next.apply(items)
        self = next
    }

    private mutating func apply(_ items: [ExecutedItem]) throws(WavePlanningError) {
        for item in items {
            guard let index = indexOf[item.productId] else { throw .unknownProduct(item.productId) }
            guard item.quantity >= 0, item.spentCents >= 0, item.unitPriceCents >= 0 else {
                throw .invalidExecutionResult(productId: item.productId, reason: "negative quantity, price or spend")
            }
            guard item.status != .duplicate, !recordedKeys.contains(item.idempotencyKey) else { continue }
            let (cost, overflow) = item.quantity.multipliedReportingOverflow(by: item.unitPriceCents)
            guard !overflow, cost == item.spentCents else {
                throw .invalidExecutionResult(productId: item.productId, reason: "spent is not quantity × unit price")
            }
            // Execution never spends more than planned, so a result beyond the budget is a partner bug.
            guard item.spentCents <= budgetCents - spentCents else {
                throw .invalidExecutionResult(productId: item.productId, reason: "spend exceeds the wave's remaining budget")
            }
            recordedKeys.insert(item.idempotencyKey)
            var entry = entries[index]
            switch item.status {
            case .filled where item.quantity > 0:
                entry.boughtUnits += item.quantity
                entry.boughtSpendCents += item.spentCents
                if item.unitPriceCents > 0 { entry.priceCents = item.unitPriceCents }
                if let remaining = item.remainingStock {
                    let (existing, overflow) = entry.boughtUnits.addingReportingOverflow(max(0, remaining))
                    if !overflow { entry.unitCap = min(entry.unitCap, existing) }
                }
            case .partial:
                entry.boughtUnits += item.quantity
                entry.boughtSpendCents += item.spentCents
                entry.isFrozen = true
                executionExclusions[item.productId] = item.reason ?? "partial_fill"
            default:
                entry.isFrozen = true
                executionExclusions[item.productId] = item.reason ?? "rejected"
            }
            entries[index] = entry
        }
    }

    /// D000-37: the next reallocation pass from the executed state, or nil when the wave is done
    /// (passes exhausted or nothing left to buy).
    ///
    /// D000-28/29 run again with bought units counting as both target and spend, without the
    /// D000-24 threshold; dropped and aborted products stay out.
    public mutating func nextPass(batchSize: Int, maxReallocationPasses: Int) throws(WavePlanningError) -> WavePass? {
        guard batchSize > 0 else { throw .invalidConfig(field: "batchSize", reason: "must be positive") }
        guard pass < maxReallocationPasses else {
            lastStopReason = .reallocationPassesExhausted
            return nil
        }
        let outcome = try allocateBudget(
            entries, budgetCents: budgetCents, companyCaps: companyCaps, minSpendCents: minSpendCents,
            applyMinimumThreshold: false)
        let next = WavePass.make(waveId: waveId, pass: pass + 1, seed: seed, outcome: outcome, batchSize: batchSize)
        lastStopReason = outcome.stopReason
        guard !next.orders.isEmpty else { return nil }
        pass += 1
        for index in outcome.entries.indices where !outcome.steps[index].isEmpty {
            reallocationSteps[outcome.entries[index].productId, default: []] += outcome.steps[index]
        }
        return next
    }

    /// The `wave.completed` summary of the executed state.
    public func summary(flaggedCount: Int) -> WaveCompletionSummary {
        var perCompany: [String: Int64] = [:]
        for entry in entries where entry.boughtSpendCents > 0 { perCompany[entry.companyId, default: 0] += entry.boughtSpendCents }
        let spent = spentCents
        let retained = budgetCents - spent
        let stop: StopReason = retained < minSpendCents || retained == 0
            ? StopReason.after(leftoverCents: retained, minSpendCents: minSpendCents) : lastStopReason
        return WaveCompletionSummary(
            waveId: waveId, budgetCents: budgetCents, spentCents: spent, retainedCents: retained, passes: pass + 1,
            productsBought: entries.count { $0.boughtUnits > 0 },
            perCompany: perCompany.map { CompanySpend(companyId: $0.key, spentCents: $0.value) }
                .sorted { byteOrder($0.companyId, $1.companyId) },
            flaggedCount: flaggedCount, stopReason: stop)
    }
}
