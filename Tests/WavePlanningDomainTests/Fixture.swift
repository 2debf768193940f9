import WavePlanningDomain

/// Shared builders: a fixed wave start and products 30 days old unless a test says otherwise.
enum Fixture {
    static let now: Int64 = 1_800_000_000
    static let day: Int64 = 86_400

    static func product(
        _ id: String, company: String? = nil, price: Int64, quality: Double? = 0.8, stock: Int64? = nil,
        age: Int64 = 30 * day, sales: Int64? = nil, category: String? = nil, maxPerOrder: Int64? = nil,
        previousPrice: Int64? = nil, changedAgo: Int64? = nil, isActive: Bool = true, isArchived: Bool = false,
        penalty: Bool = false
    ) -> CandidateProduct {
        CandidateProduct(
            productId: id, companyId: company ?? "c-\(id)", priceCents: price, qualityRating: quality,
            stockAvailable: stock, createdAt: now - age, recentSales7d: sales, isActive: isActive,
            isArchived: isArchived, category: category, maxPerOrder: maxPerOrder, hasPenaltyFlag: penalty,
            previousPriceCents: previousPrice, priceChangedAt: changedAgo.map { now - $0 })
    }

    /// A company with reputation 0.5 and a balance large enough that the budget term of its cap binds.
    static func company(_ id: String, balance: Int64 = 1_000_000_000_000, reputation: Double? = 0.5,
                        flag: CompanyFlag = .none, refundRate: Double? = nil) -> CandidateCompany {
        CandidateCompany(companyId: id, reputationScore: reputation, balanceCents: balance, flaggedStatus: flag, refundRate: refundRate)
    }

    /// The catalog of `products` with one default company per distinct companyId.
    static func catalog(_ products: [CandidateProduct], companies: [CandidateCompany] = [], linked: Set<String> = []) -> WaveCatalog {
        let given = Set(companies.map(\.companyId))
        let defaults = Set(products.map(\.companyId)).subtracting(given).map { company($0) }
        return WaveCatalog(products: products, companies: companies + defaults, buyerLinkedCompanyIds: linked)
    }

    static func plan(
        _ products: [CandidateProduct], budget: Int64, companies: [CandidateCompany] = [], linked: Set<String> = [],
        config: WaveConfig = WaveConfig(), waveId: String = "wave-1"
    ) throws -> WavePlan {
        try WavePlanner.plan(
            WaveRequest(waveId: waveId, budgetCents: budget, now: now),
            catalog: catalog(products, companies: companies, linked: linked), config: config)
    }

    /// The D000-43 catalogue: 20 products per tier at $10 / $200 / $8,000, quality 0.8, distinct companies.
    static func tiers(perTier: Int = 20) -> [CandidateProduct] {
        [("low", Int64(1_000)), ("mid", 20_000), ("high", 800_000)].flatMap { tier, price in
            (0..<perTier).map { product("\(tier)-\($0)", price: price) }
        }
    }
}

extension WavePlan {
    /// Planned spend of pass 0 per product.
    var spendByProduct: [String: Int64] {
        Dictionary(firstPass.orders.map { ($0.productId, $0.plannedSpendCents) }, uniquingKeysWith: +)
    }

    var spendByCompany: [String: Int64] {
        Dictionary(firstPass.orders.map { ($0.companyId, $0.plannedSpendCents) }, uniquingKeysWith: +)
    }

    func exclusion(_ productId: String) -> ExclusionReason? {
        exclusions.first { $0.productId == productId }?.reason
    }
}
