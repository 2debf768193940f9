/// The season's effect on a listing (seed §1, D002-07, D002-08, D002-23).
public struct SeasonScore: Hashable, Sendable {
    /// 0…100; only 0 has an effect unless season scaling is on (D002-08).
    public var value: Double
    /// True when the template has no active scenario for the zone (D002-23).
    public var missingScenario: Bool

    /// The neutral score, used for every kind of missing or bad data (D002-23).
    public static let neutral = 100.0

    /// Reads the week's score from a scenario's weeks (D002-23): no scenario → 100 and
    /// `missingScenario`; an index past the end or a non-finite entry → 100; otherwise the entry
    /// clamped into 0…100.
    public init(weeks: [Double]?, weekIndex0: Int) {
        guard let weeks else {
            self.init(value: Self.neutral, missingScenario: true)
            return
        }
        let entry = weeks.indices.contains(weekIndex0) ? weeks[weekIndex0] : Self.neutral
        let score = entry.isFinite ? min(max(entry, 0), 100) : Self.neutral
        self.init(value: score, missingScenario: false)
    }

    init(value: Double, missingScenario: Bool) {
        self.value = value
        self.missingScenario = missingScenario
    }

    /// A score of exactly 0 is the only season gate (D002-08, D002-23).
    public var blocks: Bool { value == 0 }
}
