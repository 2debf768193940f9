/// Everything the planner reads for one wave: the candidate index (loaded by the lead in one
/// query), the companies it references and the buyer links that drive self-sell (D000-05).
public struct WaveCatalog: Sendable, Equatable, Codable {
    public var products: [CandidateProduct]
    public var companies: [String: CandidateCompany]
    /// Companies linked to any buyer identity the simulation uses (D000-16 self-sell).
    public var buyerLinkedCompanyIds: Set<String>
    /// D000-20: companies the candidate-index job found spamming. The index keeps only the first
    /// listings of each duplicate signature, so the clones that prove the spam never reach the
    /// planner; the job's verdict joins what the planner detects itself.
    public var spammingCompanyIds: Set<String>

    public init(
        products: [CandidateProduct], companies: [CandidateCompany], buyerLinkedCompanyIds: Set<String> = [],
        spammingCompanyIds: Set<String> = []
    ) {
        self.products = products
        // The last row wins for a repeated company id; companies carry no order-dependent rule.
        self.companies = Dictionary(companies.map { ($0.companyId, $0) }, uniquingKeysWith: { _, last in last })
        self.buyerLinkedCompanyIds = buyerLinkedCompanyIds
        self.spammingCompanyIds = spammingCompanyIds
    }
}

/// The wave being planned: id, budget, and the wave's start time (the only clock, D000-14).
public struct WaveRequest: Sendable, Equatable, Codable {
    public var waveId: String
    public var budgetCents: Int64
    /// Unix seconds at wave start; never the wall clock inside the core.
    public var now: Int64

    public init(waveId: String, budgetCents: Int64, now: Int64) {
        self.waveId = waveId
        self.budgetCents = budgetCents
        self.now = now
    }
}
