/// A topic's running aggregate: count, Σposition, Σposition² and the dense distribution over
/// positions 1…T (D001-03, D001-06).
///
/// Updated incrementally by every ranking change (``applying(_:)``) and recomputable from the
/// ranking rows (``init(positions:topicCount:)``); the verify command compares the two. Holding
/// Σp² next to Σp gives the standard deviation in one pass (D001-03); the dense histogram always
/// sums to `count`, unlike the seed's 1…10 buckets (D001-06).
public struct TopicAggregate: Hashable, Sendable, Codable {
    public internal(set) var count: Int
    public internal(set) var sumOfPositions: Int
    public internal(set) var sumOfSquares: Int
    /// `distribution[p - 1]` students ranked the topic at position `p`; length T.
    public internal(set) var distribution: [Int]

    /// The empty aggregate of a period with `topicCount` topics.
    public init(topicCount: Int) {
        count = 0
        sumOfPositions = 0
        sumOfSquares = 0
        distribution = Array(repeating: 0, count: max(topicCount, 0))
    }

    /// Recomputes the aggregate from scratch from every current position of the topic.
    public init(positions: some Sequence<Int>, topicCount: Int) throws(AggregateError) {
        self.init(topicCount: topicCount)
        for position in positions {
            try add(position)
        }
    }

    /// T, the length of the dense distribution.
    public var topicCount: Int { distribution.count }

    /// The exact average Σp / n (D001-19).
    public var average: PositionAverage {
        PositionAverage(sumOfPositions: sumOfPositions, count: count)
    }

    /// The `(count, Σp, Σp²)` triple that staleness compares (D001-13).
    public var totals: AggregateTotals {
        AggregateTotals(count: count, sumOfPositions: sumOfPositions, sumOfSquares: sumOfSquares)
    }

    mutating func add(_ position: Int) throws(AggregateError) {
        try requireInRange(position)
        count += 1
        sumOfPositions += position
        sumOfSquares += position * position
        distribution[position - 1] += 1
    }

    mutating func remove(_ position: Int) throws(AggregateError) {
        try requireInRange(position)
        guard distribution[position - 1] > 0 else { throw .removingAbsentPosition(position) }
        count -= 1
        sumOfPositions -= position
        sumOfSquares -= position * position
        distribution[position - 1] -= 1
    }

    private func requireInRange(_ position: Int) throws(AggregateError) {
        guard position >= 1, position <= distribution.count else {
            throw .positionOutOfRange(position, topicCount: distribution.count)
        }
    }
}

/// The `(count, Σp, Σp²)` triple of a topic: what the live SQL aggregate
/// (`count(*), sum(position), sum(position*position)`) returns (D001-03, D001-13).
public struct AggregateTotals: Hashable, Sendable, Codable {
    public let count: Int
    public let sumOfPositions: Int
    public let sumOfSquares: Int

    public init(count: Int, sumOfPositions: Int, sumOfSquares: Int) {
        self.count = count
        self.sumOfPositions = sumOfPositions
        self.sumOfSquares = sumOfSquares
    }
}

/// Why an aggregate update was refused; either means the stored aggregate and the rankings
/// disagree, which the verify command reports.
public enum AggregateError: Error, Hashable, Sendable {
    /// A position outside 1…T.
    case positionOutOfRange(Int, topicCount: Int)
    /// Removing a position no student holds in this aggregate.
    case removingAbsentPosition(Int)
    /// Shrinking T would drop students ranked at the cut positions.
    case shrinkingDropsRankings(topicCount: Int)
    /// A ranking row of a topic outside the period.
    case unknownTopic(TopicID)
    /// A stored aggregate whose distribution does not add up to its count (−1: a negative bucket).
    case inconsistentRow(count: Int, distributionTotal: Int)

    /// A one-line reason for the verify report or the log.
    public var reason: String {
        switch self {
        case let .positionOutOfRange(position, topicCount): "position \(position) is outside 1...\(topicCount)"
        case let .removingAbsentPosition(position): "no ranking at position \(position) to remove"
        case let .shrinkingDropsRankings(topicCount): "shrinking T to \(topicCount) would drop rankings"
        case let .unknownTopic(topic): "topic \(topic) is not a topic of this period"
        case let .inconsistentRow(count, total):
            total < 0 ? "stored distribution has a negative bucket" : "stored count \(count) but distribution sums to \(total)"
        }
    }
}
