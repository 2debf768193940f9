/// How contested a topic is, from its average position (D001-01, D001-18).
///
/// D001-01 normalises by T, the period's topic count, not by the student count as the seed did:
/// `normalized = (avg − 1) / (T − 1)` in [0, 1]; ≤ 0.2 very-high, ≤ 0.4 high, ≤ 0.6 medium, else
/// low; T ≤ 1 counts as 0. D001-18 keeps the average-only definition: a topic ranked first by a
/// single student is very-high; publish `studentCount` beside it.
public enum CompetitionCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case veryHigh = "VERY_HIGH"
    case high = "HIGH"
    case medium = "MEDIUM"
    case low = "LOW"

    /// The category of `average` in a period of `topicCount` topics.
    ///
    /// Compared exactly in integers (D001-01, D001-19): `5·(sum − count) ≤ k·count·(T − 1)` for
    /// k = 1, 2, 3. Example, T = 10: avg ≤ 2.8 very-high, ≤ 4.6 high, ≤ 6.4 medium.
    public init(average: PositionAverage, topicCount: Int) {
        guard topicCount > 1, average.count > 0 else {
            self = .veryHigh
            return
        }
        let scaledOffset = 5 * (Int128(average.sumOfPositions) - Int128(average.count))
        let span = Int128(average.count) * Int128(topicCount - 1)
        if scaledOffset <= span {
            self = .veryHigh
        } else if scaledOffset <= 2 * span {
            self = .high
        } else if scaledOffset <= 3 * span {
            self = .medium
        } else {
            self = .low
        }
    }
}
