/// One row of `topic_metrics_history` (D001-16): a topic's average at one recalculation.
///
/// The row id is a BIGSERIAL in storage, never the timestamp, so two recalculations in the same
/// millisecond cannot collide as the seed's `Date.now()` keys did.
public struct MetricsHistoryEntry: Hashable, Sendable, Codable {
    public let topicID: TopicID
    public let calculatedAt: Timestamp
    public let averagePosition: Double

    public init(topicID: TopicID, calculatedAt: Timestamp, averagePosition: Double) {
        self.topicID = topicID
        self.calculatedAt = calculatedAt
        self.averagePosition = averagePosition
    }
}
