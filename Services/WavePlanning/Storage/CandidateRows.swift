import Postgres
import WavePlanningDomain

/// Turns the rows of ``WaveStore/readCandidates(waveId:)`` into the planner's catalog.
///
/// Blacklists map onto the core's own reasons: a blacklisted product carries the penalty flag
/// (`product_penalty_flag`), a blacklisted company is flagged (`company_flagged`), so the audit
/// names them like any other exclusion (D000-02).
enum CandidateRows {
    static func catalog(_ rows: PostgresRows) throws -> WaveCatalog {
        var products: [CandidateProduct] = []
        products.reserveCapacity(rows.count)
        var companies: [String: CandidateCompany] = [:]
        var linked: Set<String> = []
        var spamming: Set<String> = []
        for row in rows {
            let companyId: String = try row.decode("company_id")
            products.append(
                CandidateProduct(
                    productId: try row.decode("product_id"), companyId: companyId, priceCents: try row.decode("price_cents"),
                    qualityRating: try row.decode("quality"), stockAvailable: try row.decode("stock"),
                    createdAt: try row.decode("created_at"), lastUpdatedAt: try row.decode("updated_at"),
                    recentSales7d: try row.decode("recent_sales_7d"), category: try row.decode("category"),
                    maxPerOrder: try row.decode("max_per_order"), hasPenaltyFlag: try row.decode("product_blacklisted"),
                    previousPriceCents: try row.decode("previous_price_cents"),
                    priceChangedAt: try row.decode("price_changed_at")))
            if try row.decode("company_spamming", as: Bool.self) { spamming.insert(companyId) }
            if try row.decode("self_sell", as: Bool.self) { linked.insert(companyId) }
            guard companies[companyId] == nil, try row.decode("company_known", as: Bool.self) else { continue }
            let blacklisted: Bool = try row.decode("company_blacklisted")
            let status = CompanyFlag(rawValue: try row.decode("flagged_status", as: String.self)) ?? .blocked
            companies[companyId] = CandidateCompany(
                companyId: companyId, reputationScore: try row.decode("reputation"),
                balanceCents: try row.decode("balance_cents"), flaggedStatus: blacklisted ? .blocked : status,
                refundRate: try row.decode("refund_rate"))
        }
        return WaveCatalog(
            products: products, companies: Array(companies.values), buyerLinkedCompanyIds: linked,
            spammingCompanyIds: spamming)
    }
}
