/// The orders of one execution pass: pass 0 is the fresh plan, passes 1…3 reallocate leftovers
/// (D000-37). Each pass has its own plan hash (D000-39) and is persisted before execution.
public struct WavePass: Sendable, Equatable, Codable {
    public var waveId: String
    public var pass: Int
    public var planHash: String
    public var orders: [PlannedOrder]
    public var batches: [PurchaseBatch]
    public var plannedSpendCents: Int64
    /// Why the allocation behind this pass left money unplanned (D000-32).
    public var stopReason: StopReason

    static func make(
        waveId: String, pass: Int, seed: String, outcome: AllocationOutcome, batchSize: Int
    ) -> WavePass {
        let lines = outcome.entries.indices.compactMap { index -> PlanBatching.Line? in
            let entry = outcome.entries[index]
            let extra = outcome.units[index] - entry.boughtUnits
            guard extra > 0 else { return nil }
            return PlanBatching.Line(
                productId: entry.productId, companyId: entry.companyId, quantity: extra, unitPriceCents: entry.priceCents)
        }
        let built = PlanBatching.build(lines, waveId: waveId, seed: seed, batchSize: batchSize)
        return WavePass(
            waveId: waveId, pass: pass, planHash: built.planHash, orders: built.orders, batches: built.batches,
            plannedSpendCents: built.orders.reduce(0) { $0 + $1.plannedSpendCents }, stopReason: outcome.stopReason)
    }
}
