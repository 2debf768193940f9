import Money

/// D000-25, D000-26, D000-31: the wave-level spend limits in integer cents.
public struct SpendCaps: Sendable, Equatable, Codable {
    /// D000-25: `min(B × 500 / 10_000, 2_500_000)`.
    public var maxSpendCents: Int64
    /// D000-26: `min(500, maxSpend)`, also the tiny-leftover threshold (D000-32).
    public var minSpendCents: Int64
    /// D000-31: `B × 1000 / 10_000`, the budget term of the company cap.
    public var companyBudgetCapCents: Int64

    init(budgetCents: Int64, config: WaveConfig) throws(MoneyError) {
        let budget = Cents(budgetCents)
        maxSpendCents = min(try budget.applying(config.maxSpendShare, rounding: .floor).rawValue, config.maxSpendCeilingCents)
        minSpendCents = min(config.minSpendCents, maxSpendCents)
        companyBudgetCapCents = try budget.applying(config.companyBudgetShare, rounding: .floor).rawValue
    }

    /// D000-31: `min(B × 10 %, max(0, balance) × 50 %)`; the balance term is off when its share is nil.
    /// A zero-balance company therefore sells nothing: a deliberate brake on empty shell companies.
    func companyCap(balanceCents: Int64, config: WaveConfig) throws(MoneyError) -> Int64 {
        guard let share = config.companyBalanceShare else { return companyBudgetCapCents }
        let balanceTerm = try Cents(max(0, balanceCents)).applying(share, rounding: .floor).rawValue
        return min(companyBudgetCapCents, balanceTerm)
    }
}
