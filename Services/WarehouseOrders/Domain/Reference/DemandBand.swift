/// Daily demand for one category, quality and tier range (`demand.band.upserted`, seed §2
/// `ProductSalesBandConfig`).
public struct DemandBand: Hashable, Sendable, Codable {
    public var id: DemandBandID
    /// An L3 or an L2 category id: the column is generic (D002-09).
    public var categoryId: CategoryID
    public var productQuality: ProductQuality
    public var tierMin: Int64
    public var tierMax: Int64
    public var minDaily: Int64
    public var maxDaily: Int64
    /// When set, the demand base; 0 is a real value meaning no demand (D002-10).
    public var expectedMode: Int64?
    public var isActive: Bool

    public init(
        id: DemandBandID, categoryId: CategoryID, productQuality: ProductQuality, tierMin: Int64,
        tierMax: Int64, minDaily: Int64, maxDaily: Int64, expectedMode: Int64? = nil, isActive: Bool = true
    ) {
        self.id = id
        self.categoryId = categoryId
        self.productQuality = productQuality
        self.tierMin = tierMin
        self.tierMax = tierMax
        self.minDaily = minDaily
        self.maxDaily = maxDaily
        self.expectedMode = expectedMode
        self.isActive = isActive
    }

    /// Whether the band applies to a tier: `tierMin ≤ tier ≤ tierMax` (seed §2 `findBand`).
    public func covers(tier: Int64) -> Bool {
        tierMin <= tier && tier <= tierMax
    }
}
