/// A topic's average position as the exact fraction Σp / n (D001-19).
///
/// Category and percentile compare these fractions by cross-multiplying in `Int128`, so a
/// boundary such as avg = 2.8 with T = 10 decides the same way everywhere; only the stored
/// `averagePosition` is a `Double`.
public struct PositionAverage: Hashable, Sendable, Codable {
    public let sumOfPositions: Int
    public let count: Int

    public init(sumOfPositions: Int, count: Int) {
        self.sumOfPositions = sumOfPositions
        self.count = count
    }

    /// The average as a double for storage and display; 0 when nobody ranked the topic.
    public var value: Double {
        count > 0 ? Double(sumOfPositions) / Double(count) : 0
    }

    /// Exact three-way comparison of two averages with positive counts:
    /// negative when `self` is lower (more popular), 0 when equal.
    public func compare(to other: PositionAverage) -> Int {
        let lhs = Int128(sumOfPositions) * Int128(other.count)
        let rhs = Int128(other.sumOfPositions) * Int128(count)
        return lhs < rhs ? -1 : (lhs == rhs ? 0 : 1)
    }
}
