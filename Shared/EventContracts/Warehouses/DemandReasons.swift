/// Why an order line has its quantity: the seed's `reasonsSnapshot`, with its key names
/// (seed 002 §1, D002-20). `resolvedBandCategoryId` is always present, `null` when no band
/// matched; `missingSeasonScenario` appears only when true.
public struct DemandReasons: Codable, Sendable, Equatable {
    public var baseDesired: Int64
    public var expectedUnits: Int64
    public var priceIndex: Double
    public var priceMultiplier: Double
    /// 0…100; 0 blocks (D002-08).
    public var seasonScore: Double
    /// 1…5 (D002-13).
    public var tierUsed: Int64
    public var bandMatched: Bool
    @ExplicitNull public var resolvedBandCategoryId: String?
    public var blockedByPrice: Bool
    public var blockedBySeason: Bool
    public var missingSeasonScenario: Bool?

    public init(
        baseDesired: Int64, expectedUnits: Int64, priceIndex: Double, priceMultiplier: Double, seasonScore: Double,
        tierUsed: Int64, bandMatched: Bool, resolvedBandCategoryId: String?, blockedByPrice: Bool,
        blockedBySeason: Bool, missingSeasonScenario: Bool? = nil
    ) {
        self.baseDesired = baseDesired
        self.expectedUnits = expectedUnits
        self.priceIndex = priceIndex
        self.priceMultiplier = priceMultiplier
        self.seasonScore = seasonScore
        self.tierUsed = tierUsed
        self.bandMatched = bandMatched
        self.resolvedBandCategoryId = resolvedBandCategoryId
        self.blockedByPrice = blockedByPrice
        self.blockedBySeason = blockedBySeason
        self.missingSeasonScenario = missingSeasonScenario
    }

    func validate(_ path: @autoclosure () -> String) throws(ContractViolation) {
        try Check.atLeast(baseDesired, 0, "\(path()).baseDesired")
        try Check.atLeast(expectedUnits, 0, "\(path()).expectedUnits")
        try Check.greaterThan(priceIndex, 0, "\(path()).priceIndex")
        try Check.within(priceMultiplier, 0...1.3, "\(path()).priceMultiplier")
        try Check.within(seasonScore, 0...100, "\(path()).seasonScore")
        try Check.within(tierUsed, 1...5, "\(path()).tierUsed")
        if let resolvedBandCategoryId { try Check.identifier(resolvedBandCategoryId, "\(path()).resolvedBandCategoryId") }
    }
}
