/// The tunable numbers of the day tick; the defaults are the decisions' values.
///
/// Keys: `jitterFraction` (0.15, D002-03), `priceCurve` (D002-02), `seasonScaling` (false,
/// D002-08), `testDemandMultiplier` (nil, D002-21), `defaultMarketZone` ("USA", D002-22).
public struct DayTickConfig: Hashable, Sendable, Codable {
    /// The jitter's half-width as a fraction of the base (seed §2 `JITTER_FRACTION`).
    public var jitterFraction: Double
    /// Price index → demand multiplier.
    public var priceCurve: PriceMultiplierCurve
    /// False: the season score only gates at 0 (the seed's behaviour). True: quantities are
    /// also scaled by `score / 100` (D002-08 option b).
    public var seasonScaling: Bool
    /// The seed's `MODAVERSE_TEST_DEMAND_MULT` (D002-21): scales each desired quantity when set,
    /// finite and ≥ 0, and is ignored otherwise. The service must refuse it outside tests.
    public var testDemandMultiplier: Double?
    /// The zone of a warehouse without one (D002-22).
    public var defaultMarketZone: MarketZone

    public init(
        jitterFraction: Double = 0.15, priceCurve: PriceMultiplierCurve = .standard, seasonScaling: Bool = false,
        testDemandMultiplier: Double? = nil, defaultMarketZone: MarketZone = .usa
    ) {
        self.jitterFraction = jitterFraction
        self.priceCurve = priceCurve
        self.seasonScaling = seasonScaling
        self.testDemandMultiplier = testDemandMultiplier
        self.defaultMarketZone = defaultMarketZone
    }

    /// Refuses a jitter fraction outside 0…1 (above 1 a jittered base could go negative), an
    /// invalid price curve, a test multiplier that is not a finite number ≥ 0, and an empty
    /// default zone, so the service refuses to start with them.
    public func validate() throws(ConfigurationError) {
        guard jitterFraction.isFinite, (0...1).contains(jitterFraction) else {
            throw .invalidJitterFraction(jitterFraction)
        }
        try priceCurve.validate()
        if let testDemandMultiplier, !testDemandMultiplier.isFinite || testDemandMultiplier < 0 {
            throw .invalidTestDemandMultiplier(testDemandMultiplier)
        }
        if defaultMarketZone.rawValue.isEmpty { throw .emptyDefaultMarketZone }
    }
}
