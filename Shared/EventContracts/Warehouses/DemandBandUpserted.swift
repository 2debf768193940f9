/// `demand.band.upserted` (in, from game design): daily demand for a category, quality and
/// tier range (seed 002 §2). Being the config write, it enforces D002-10's
/// `0 ≤ minDaily ≤ expectedMode ≤ maxDaily`.
public struct DemandBandUpserted: EventPayload {
    public static let eventType = "demand.band.upserted"

    public var bandId: String
    /// An L3 or L2 category id (D002-09).
    public var categoryId: String
    public var productQuality: ProductQuality
    public var tierMin: Int64
    public var tierMax: Int64
    public var minDaily: Int64
    public var maxDaily: Int64
    /// Absent: the rounded midpoint of min and max (D002-10).
    public var expectedMode: Int64?
    public var isActive: Bool

    public init(
        bandId: String, categoryId: String, productQuality: ProductQuality, tierMin: Int64, tierMax: Int64,
        minDaily: Int64, maxDaily: Int64, expectedMode: Int64? = nil, isActive: Bool
    ) {
        self.bandId = bandId
        self.categoryId = categoryId
        self.productQuality = productQuality
        self.tierMin = tierMin
        self.tierMax = tierMax
        self.minDaily = minDaily
        self.maxDaily = maxDaily
        self.expectedMode = expectedMode
        self.isActive = isActive
    }

    public var subject: String { Subject.category(categoryId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(bandId, "data.bandId")
        try Check.identifier(categoryId, "data.categoryId")
        try Check.atLeast(tierMin, 1, "data.tierMin")
        try Check.atLeast(tierMax, tierMin, "data.tierMax")
        try Check.atLeast(minDaily, 0, "data.minDaily")
        try Check.atLeast(maxDaily, minDaily, "data.maxDaily")
        if let expectedMode { try Check.within(expectedMode, minDaily...maxDaily, "data.expectedMode") }
    }
}
