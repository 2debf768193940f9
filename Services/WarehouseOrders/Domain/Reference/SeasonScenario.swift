/// Weekly season scores of one scenario in one zone (`market.season_scenario.upserted`, seed §1
/// `MarketZoneSeasonScenario`). A score of 0 blocks ordering that week (D002-08).
public struct SeasonScenario: Hashable, Sendable, Codable {
    /// Breaks ties when several active scenarios exist for one (definition, zone): the lowest id
    /// wins (D002-22). Storage that keeps one row per (definition, zone) may use any stable key.
    public var id: SeasonScenarioID
    public var definitionId: SeasonDefinitionID
    public var marketZone: MarketZone
    /// One score per week, indexed by ``DayKey/weekIndex0`` (D002-07).
    public var weeks: [Double]
    public var isActive: Bool

    public init(
        id: SeasonScenarioID, definitionId: SeasonDefinitionID, marketZone: MarketZone, weeks: [Double],
        isActive: Bool = true
    ) {
        self.id = id
        self.definitionId = definitionId
        self.marketZone = marketZone
        self.weeks = weeks
        self.isActive = isActive
    }

    /// The valid range of a weekly score.
    public static let scoreRange: ClosedRange<Double> = 0...100

    /// Refuses empty ids and weekly scores that are not finite numbers in 0…100, as the event
    /// contract states. The tick still neutralises such values if they were stored anyway
    /// (D002-23), so validation and run time never disagree about valid data.
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(id, "seasonScenarioId")
        try Check.identifier(definitionId, "definitionId")
        try marketZone.validate("marketZone")
        for (week, score) in weeks.enumerated() {
            try Check.finite(score, "weeks[\(week)]")
            if !Self.scoreRange.contains(score) {
                throw .outOfRange(field: "weeks[\(week)]", value: score, allowed: Self.scoreRange)
            }
        }
    }
}
