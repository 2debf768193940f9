/// D000-32: why an allocation (or the wave) stopped with money left over.
public enum StopReason: String, Sendable, Equatable, Codable {
    /// The leftover is 0.
    case budgetSpent = "budget_spent"
    /// 0 < leftover < minSpendEff: retained by the platform (§10(14)), even if a cheap item could absorb it.
    case tinyLeftover = "tiny_leftover"
    /// leftover ≥ minSpendEff but every product and company is capped.
    case noFeasibleRecipient = "no_feasible_recipient"
    /// D000-37: the leftover after the last allowed reallocation pass is retained.
    case reallocationPassesExhausted = "reallocation_passes_exhausted"

    static func after(leftoverCents: Int64, minSpendCents: Int64) -> StopReason {
        if leftoverCents == 0 { return .budgetSpent }
        return leftoverCents < minSpendCents ? .tinyLeftover : .noFeasibleRecipient
    }
}
