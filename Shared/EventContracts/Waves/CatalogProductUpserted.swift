import Foundation

/// `catalog.product.upserted` (in, from the catalog): a product's planning facts (seed 000 §2).
///
/// `stockAvailable` is required and nullable: `null` means unlimited stock, and the key must
/// be present so a forgotten field is never read as "unlimited".
public struct CatalogProductUpserted: EventPayload {
    public static let eventType = "catalog.product.upserted"

    public var productId: String
    public var companyId: String
    /// Monotonic per product; consumers ignore older versions.
    public var version: Int64
    /// Negative prices are accepted as data and excluded by the planner (D000-02, D000-03).
    public var priceCents: Int64
    public var qualityRating: Double
    /// `nil` = unlimited; a negative stock counts as 0 (D000-02).
    @ExplicitNull public var stockAvailable: Int64?
    public var maxPerOrder: Int64?
    public var isActive: Bool
    public var isArchived: Bool
    public var category: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        productId: String, companyId: String, version: Int64, priceCents: Int64, qualityRating: Double,
        stockAvailable: Int64?, maxPerOrder: Int64? = nil, isActive: Bool, isArchived: Bool, category: String? = nil,
        createdAt: Date, updatedAt: Date
    ) {
        self.productId = productId
        self.companyId = companyId
        self.version = version
        self.priceCents = priceCents
        self.qualityRating = qualityRating
        self.stockAvailable = stockAvailable
        self.maxPerOrder = maxPerOrder
        self.isActive = isActive
        self.isArchived = isArchived
        self.category = category
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var subject: String { Subject.product(productId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(productId, "data.productId")
        try Check.identifier(companyId, "data.companyId")
        try Check.atLeast(version, 0, "data.version")
        try Check.ratio(qualityRating, "data.qualityRating")
        if let maxPerOrder { try Check.atLeast(maxPerOrder, 0, "data.maxPerOrder") }
        if let category { try Check.text(category, "data.category") }
    }
}
