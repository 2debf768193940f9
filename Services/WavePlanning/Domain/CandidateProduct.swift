/// One row of the candidate read model (seed §2 plus the fields D000-05 adds).
///
/// Times are Unix seconds. Optional fields take the D000-05 defaults: no quality or sales means 0.
public struct CandidateProduct: Sendable, Equatable, Codable {
    public var productId: String
    public var companyId: String
    public var priceCents: Int64
    public var qualityRating: Double?
    /// `nil` is unlimited stock (§10(7)).
    public var stockAvailable: Int64?
    public var createdAt: Int64
    public var lastUpdatedAt: Int64
    /// D000-05 `recentSales7d`: units sold in the trailing 7 days.
    public var recentSales7d: Int64?
    public var isActive: Bool
    public var isArchived: Bool
    public var category: String?
    public var maxPerOrder: Int64?
    /// §2 `productPenaltyFlags`, precomputed offline (collusion lands here, D000-16).
    public var hasPenaltyFlag: Bool
    /// D000-05: the price before the last change and when it changed (for D000-19).
    public var previousPriceCents: Int64?
    public var priceChangedAt: Int64?

    public init(
        productId: String, companyId: String, priceCents: Int64, qualityRating: Double? = nil,
        stockAvailable: Int64? = nil, createdAt: Int64, lastUpdatedAt: Int64? = nil, recentSales7d: Int64? = nil,
        isActive: Bool = true, isArchived: Bool = false, category: String? = nil, maxPerOrder: Int64? = nil,
        hasPenaltyFlag: Bool = false, previousPriceCents: Int64? = nil, priceChangedAt: Int64? = nil
    ) {
        self.productId = productId
        self.companyId = companyId
        self.priceCents = priceCents
        self.qualityRating = qualityRating
        self.stockAvailable = stockAvailable
        self.createdAt = createdAt
        self.lastUpdatedAt = lastUpdatedAt ?? createdAt
        self.recentSales7d = recentSales7d
        self.isActive = isActive
        self.isArchived = isArchived
        self.category = category
        self.maxPerOrder = maxPerOrder
        self.hasPenaltyFlag = hasPenaltyFlag
        self.previousPriceCents = previousPriceCents
        self.priceChangedAt = priceChangedAt
    }

    /// D000-05: units sold in 7 days, never negative.
    var salesUnits: Int64 { max(0, recentSales7d ?? 0) }
}
