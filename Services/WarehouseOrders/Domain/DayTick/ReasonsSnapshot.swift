/// Why a listing got its quantity: the seed's `reasonsSnapshot` (seed §1, D002-20), stored in
/// the daily sales log and carried in `warehouse.order.created` items.
///
/// JSON keys follow the seed exactly; `resolvedBandCategoryId` is always present (`null`
/// without a band) and `missingSeasonScenario` appears only when true (D002-20).
public struct ReasonsSnapshot: Hashable, Sendable {
    /// The demand estimate (D002-27: equal to `expectedUnits`).
    public var baseDesired: Int64
    /// The demand before price and season effects, despite the name (D002-27).
    public var expectedUnits: Int64
    public var priceIndex: Double
    public var priceMultiplier: Double
    public var seasonScore: Double
    public var tierUsed: Int64
    /// False makes config gaps visible: the no-band base of 1 was used (D002-11).
    public var bandMatched: Bool
    public var resolvedBandCategoryId: CategoryID?
    /// `priceMultiplier == 0` exactly (D002-24).
    public var blockedByPrice: Bool
    /// `seasonScore == 0` (D002-08).
    public var blockedBySeason: Bool
    public var missingSeasonScenario: Bool

    public init(
        baseDesired: Int64, expectedUnits: Int64, priceIndex: Double, priceMultiplier: Double, seasonScore: Double,
        tierUsed: Int64, bandMatched: Bool, resolvedBandCategoryId: CategoryID?, blockedByPrice: Bool,
        blockedBySeason: Bool, missingSeasonScenario: Bool
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
}

extension ReasonsSnapshot: Codable {
    private enum CodingKeys: String, CodingKey {
        case baseDesired, expectedUnits, priceIndex, priceMultiplier, seasonScore, tierUsed, bandMatched
        case resolvedBandCategoryId, blockedByPrice, blockedBySeason, missingSeasonScenario
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            baseDesired: try container.decode(Int64.self, forKey: .baseDesired),
            expectedUnits: try container.decode(Int64.self, forKey: .expectedUnits),
            priceIndex: try container.decode(Double.self, forKey: .priceIndex),
            priceMultiplier: try container.decode(Double.self, forKey: .priceMultiplier),
            seasonScore: try container.decode(Double.self, forKey: .seasonScore),
            tierUsed: try container.decode(Int64.self, forKey: .tierUsed),
            bandMatched: try container.decode(Bool.self, forKey: .bandMatched),
            resolvedBandCategoryId: try container.decodeIfPresent(CategoryID.self, forKey: .resolvedBandCategoryId),
            blockedByPrice: try container.decode(Bool.self, forKey: .blockedByPrice),
            blockedBySeason: try container.decode(Bool.self, forKey: .blockedBySeason),
            missingSeasonScenario: try container.decodeIfPresent(Bool.self, forKey: .missingSeasonScenario) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(baseDesired, forKey: .baseDesired)
        try container.encode(expectedUnits, forKey: .expectedUnits)
        try container.encode(priceIndex, forKey: .priceIndex)
        try container.encode(priceMultiplier, forKey: .priceMultiplier)
        try container.encode(seasonScore, forKey: .seasonScore)
        try container.encode(tierUsed, forKey: .tierUsed)
        try container.encode(bandMatched, forKey: .bandMatched)
        // `encode` of an Optional writes an explicit null, which the seed's object has.
        try container.encode(resolvedBandCategoryId, forKey: .resolvedBandCategoryId)
        try container.encode(blockedByPrice, forKey: .blockedByPrice)
        try container.encode(blockedBySeason, forKey: .blockedBySeason)
        if missingSeasonScenario { try container.encode(true, forKey: .missingSeasonScenario) }
    }
}
