import Money

/// The result of allocating a budget over ``AllocationEntry`` values (D000-24..32).
public struct AllocationOutcome: Sendable, Equatable, Codable {
    /// Entries in canonical order (D000-23), `isFrozen` set on those dropped below the minimum.
    public var entries: [AllocationEntry]
    /// Per entry (same index): entitlement target, total units and total spend after this allocation.
    public var targetCents: [Int64]
    public var units: [Int64]
    public var spendCents: [Int64]
    /// Per entry: the steps that decided its spend.
    public var steps: [[AllocationStep]]
    public var dropped: [String]
    public var spentCents: Int64
    public var leftoverCents: Int64
    public var stopReason: StopReason
}

/// D000-24..32: the revenue-first allocation of §5 as a pure integer function of integer weights.
///
/// Entitlement rounds (water-filling, D000-28) give each product a desired spend in cents, then
/// D000-29 converts it to whole units and tops up by largest remainder. The budget, every
/// product's money cap and every company's cap hold by construction. `applyMinimumThreshold` is
/// true for a fresh plan and false for reallocation passes (D000-37).
public func allocateBudget(
    _ entries: [AllocationEntry], budgetCents: Int64, companyCaps: [String: Int64], minSpendCents: Int64,
    applyMinimumThreshold: Bool
) throws(WavePlanningError) -> AllocationOutcome {
    guard budgetCents >= 0 else { throw .negativeBudget(budgetCents) }
    try validate(entries)
    var work = AllocationWork(
        entries: entries.sorted(by: CanonicalOrder.precedes), budget: budgetCents, companyCaps: companyCaps)
    do throws(MoneyError) {
        if applyMinimumThreshold { try work.dropBelowMinimum(minSpendCents) }
        try work.runEntitlementRounds()
        work.convertToUnits()
        work.topUp(minSpendCents: minSpendCents)
    } catch {
        throw .money(error)
    }
    let spent = work.spend.reduce(0, +)
    let leftover = budgetCents - spent
    return AllocationOutcome(
        entries: work.entries, targetCents: work.target, units: work.units, spendCents: work.spend,
        steps: work.steps, dropped: work.dropped, spentCents: spent, leftoverCents: leftover,
        stopReason: StopReason.after(leftoverCents: leftover, minSpendCents: minSpendCents))
}

/// Mutable arrays indexed like `entries` (canonical order), shared by the allocation stages.
struct AllocationWork {
    var entries: [AllocationEntry]
    let budget: Int64
    let companyCaps: [String: Int64]
    var target: [Int64]
    var units: [Int64]
    var spend: [Int64]
    var steps: [[AllocationStep]]
    var dropped: [String] = []

    init(entries: [AllocationEntry], budget: Int64, companyCaps: [String: Int64]) {
        self.entries = entries
        self.budget = budget
        self.companyCaps = companyCaps
        target = entries.map(\.boughtSpendCents)
        units = entries.map(\.boughtUnits)
        spend = entries.map(\.boughtSpendCents)
        steps = Array(repeating: [], count: entries.count)
    }

    /// A missing company has no room: money never goes to a seller without a cap.
    func companyCap(_ companyId: String) -> Int64 { companyCaps[companyId] ?? 0 }

    /// Σ of `values` per company.
    func totalsByCompany(_ values: [Int64]) -> [String: Int64] {
        var totals: [String: Int64] = [:]
        for index in entries.indices { totals[entries[index].companyId, default: 0] += values[index] }
        return totals
    }
}

/// Rejects entries whose numbers would make a sum or product leave `Int64`: weights and bought
/// amounts must be non-negative, and Σweight must fit.
private func validate(_ entries: [AllocationEntry]) throws(WavePlanningError) {
    var weightSum: Int64 = 0
    for entry in entries {
        guard entry.weight >= 0, entry.boughtUnits >= 0, entry.boughtSpendCents >= 0 else {
            throw .invalidAllocationEntry(productId: entry.productId, reason: "negative weight or bought amount")
        }
        let (sum, overflow) = weightSum.addingReportingOverflow(entry.weight)
        guard !overflow else { throw .invalidAllocationEntry(productId: entry.productId, reason: "the weight sum overflows") }
        weightSum = sum
    }
}
