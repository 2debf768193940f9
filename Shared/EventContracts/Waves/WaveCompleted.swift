/// `wave.completed` (wave-planning → ops, analytics): a wave's final accounting (D000-32).
public struct WaveCompleted: EventPayload {
    public static let eventType = "wave.completed"

    /// Spend per seller company.
    public struct CompanySpend: Codable, Sendable, Equatable {
        public var companyId: String
        public var spentCents: Int64

        public init(companyId: String, spentCents: Int64) {
            self.companyId = companyId
            self.spentCents = spentCents
        }
    }

    public var waveId: String
    public var budgetCents: Int64
    public var spentCents: Int64
    /// `budgetCents − spentCents`.
    public var retainedCents: Int64
    public var passes: Int64
    public var productsBought: Int64
    public var perCompany: [CompanySpend]
    public var flaggedCount: Int64

    public init(
        waveId: String, budgetCents: Int64, spentCents: Int64, retainedCents: Int64, passes: Int64, productsBought: Int64,
        perCompany: [CompanySpend], flaggedCount: Int64
    ) {
        self.waveId = waveId
        self.budgetCents = budgetCents
        self.spentCents = spentCents
        self.retainedCents = retainedCents
        self.passes = passes
        self.productsBought = productsBought
        self.perCompany = perCompany
        self.flaggedCount = flaggedCount
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.atLeast(budgetCents, 0, "data.budgetCents")
        try Check.within(spentCents, 0...max(budgetCents, 0), "data.spentCents")
        guard retainedCents == budgetCents - spentCents else {
            throw ContractViolation(field: "data.retainedCents", reason: "\(retainedCents) is not budgetCents − spentCents")
        }
        try Check.atLeast(passes, 0, "data.passes")
        try Check.atLeast(productsBought, 0, "data.productsBought")
        for (index, entry) in perCompany.enumerated() {
            try Check.identifier(entry.companyId, "data.perCompany[\(index)].companyId")
            try Check.atLeast(entry.spentCents, 0, "data.perCompany[\(index)].spentCents")
        }
        try Check.unique(perCompany, by: \.companyId, "data.perCompany", "companyId")
        let total = try Check.sum(perCompany.lazy.map(\.spentCents), "data.perCompany")
        guard total == spentCents else {
            throw ContractViolation(field: "data.perCompany", reason: "totals \(total), not spentCents \(spentCents)")
        }
        try Check.atLeast(flaggedCount, 0, "data.flaggedCount")
    }
}
