/// `market.season_scenario.upserted` (in, from the game): weekly season scores of a scenario
/// in a zone; week index `min(floor(dayOfYear0 / 7), 51)` (D002-07), missing weeks score 100.
public struct MarketSeasonScenarioUpserted: EventPayload {
    public static let eventType = "market.season_scenario.upserted"

    public var definitionId: String
    public var marketZone: String
    /// Scores 0…100 per week; 0 blocks ordering (D002-08).
    public var weeks: [Double]
    public var isActive: Bool

    public init(definitionId: String, marketZone: String, weeks: [Double], isActive: Bool) {
        self.definitionId = definitionId
        self.marketZone = marketZone
        self.weeks = weeks
        self.isActive = isActive
    }

    public var subject: String { "season/\(definitionId)" }

    public func validate() throws(ContractViolation) {
        try Check.identifier(definitionId, "data.definitionId")
        try Check.identifier(marketZone, "data.marketZone")
        for (index, score) in weeks.enumerated() { try Check.within(score, 0...100, "data.weeks[\(index)]") }
    }
}
