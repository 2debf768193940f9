import Money

/// A template's desired daily quantity before price, season and stock (seed §2
/// `getDesiredQtyWithMeta`). Stored as `baseDesired` and `expectedUnits` (D002-27).
public struct DemandEstimate: Hashable, Sendable {
    public var desiredQty: Int64
    /// True iff a band was used; false means the no-band base of 1 (D002-11).
    public var bandMatched: Bool
    /// The category the band was found under (the L3 id or its L2 parent), `nil` without a band.
    public var resolvedBandCategoryId: CategoryID?

    public init(desiredQty: Int64, bandMatched: Bool, resolvedBandCategoryId: CategoryID?) {
        self.desiredQty = desiredQty
        self.bandMatched = bandMatched
        self.resolvedBandCategoryId = resolvedBandCategoryId
    }

    /// The seed's potential multiplier: read as a constant, never configured (D002-25).
    public static let potentialMultiplier = 1.0

    /// The demand base without a band: 1 (D002-11), which jitter never moves off 1.
    public static let baseWithoutBand = 1.0

    /// The base of a band: `expectedMode ?? roundHalfUp((minDaily + maxDaily) / 2)` (D002-10,
    /// D002-12). An `expectedMode` of 0 is kept (`??`, not `||`) and not clamped at run time.
    public static func base(of band: DemandBand) -> Double {
        if let mode = band.expectedMode { return Double(mode) }
        return roundHalfUp((Double(band.minDaily) + Double(band.maxDaily)) / 2)
    }

    /// Computes the estimate (seed §2; D002-10, -11, -12, -21, -25):
    /// `rounded = max(0, roundHalfUp(jitter(base × 1.0)))`, then, with a test multiplier that is
    /// finite and ≥ 0, `max(0, roundHalfUp(rounded × mult))`.
    ///
    /// - Parameters:
    ///   - band: the matched band and the category it was found under, or `nil`.
    ///   - jitterSeedKey: ``DemandJitter/seedKey(companyId:warehouseBuildingId:dayKey:productTemplateId:)``.
    ///   - config: jitter fraction and the optional test multiplier.
    public init(band: (band: DemandBand, categoryId: CategoryID)?, jitterSeedKey: String, config: DayTickConfig) {
        let base = band.map { Self.base(of: $0.band) } ?? Self.baseWithoutBand
        let withPotential = base * Self.potentialMultiplier
        let withJitter = DemandJitter.apply(to: withPotential, seedKey: jitterSeedKey, fraction: config.jitterFraction)
        let rounded = max(0, roundHalfUp(withJitter))
        var desired = rounded
        if let mult = config.testDemandMultiplier, mult.isFinite, mult >= 0 {
            desired = max(0, roundHalfUp(rounded * mult))
        }
        self.init(
            desiredQty: Int64(saturating: desired), bandMatched: band != nil, resolvedBandCategoryId: band?.categoryId)
    }
}
