/// What one recalculation run writes for a period (D001-07, D001-12, D001-16).
public struct MetricsRecalculation: Hashable, Sendable, Codable {
    /// Full rows (and `topic.metrics.calculated` events) for affected topics with count > 0,
    /// sorted by topic id.
    public let recalculated: [TopicMetrics]
    /// Affected topics with count = 0: their `topic_metrics` row is deleted (D001-07).
    public let removed: [TopicID]
    /// The new percentile of **every** topic of the period with count > 0 (D001-12).
    public let percentiles: [TopicID: Double]
    /// One history row per recalculated topic (D001-16).
    public let history: [MetricsHistoryEntry]
}

/// D001-12: recalculates the affected topics fully and every percentile in the period.
///
/// - Parameters:
///   - affected: the live aggregates of the de-duplicated affected topics (count may be 0).
///   - unaffected: the current averages of the period's other topics, from their stored rows;
///     an id also present in `affected` is taken from `affected`.
///   - now: the run's clock value, stamped as `calculatedAt`.
public func recalculateMetrics(
    period: PeriodID, affected: [TopicID: TopicAggregate], unaffected: [TopicID: PositionAverage],
    at now: Timestamp
) -> MetricsRecalculation {
    var averages = unaffected
    for (topic, aggregate) in affected {
        averages[topic] = aggregate.average
    }
    let percentiles = topicPercentiles(averages)
    let live = affected.filter { $0.value.count > 0 }.sorted { $0.key < $1.key }
    let recalculated = live.map { topic, aggregate in
        TopicMetrics(
            topicID: topic, periodID: period, aggregate: aggregate,
            percentile: percentiles[topic] ?? 50, calculatedAt: now)
    }
    return MetricsRecalculation(
        recalculated: recalculated,
        removed: affected.filter { $0.value.count == 0 }.keys.sorted(),
        percentiles: percentiles,
        history: recalculated.map {
            MetricsHistoryEntry(topicID: $0.topicID, calculatedAt: now, averagePosition: $0.averagePosition)
        })
}
