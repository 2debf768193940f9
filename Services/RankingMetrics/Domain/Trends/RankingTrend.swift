/// One hour of a topic's trend: the unweighted mean of the averages recorded in that UTC hour.
public struct HourlyAverage: Hashable, Sendable, Codable {
    /// `floor(calculatedAt / 3_600_000)`, hours since the epoch (D001-16).
    public let hour: Int64
    public let average: Double
    /// How many recalculations the mean is over.
    public let samples: Int

    public init(hour: Int64, average: Double, samples: Int) {
        self.hour = hour
        self.average = average
        self.samples = samples
    }
}

/// D001-16: a topic's ranking trend from `topic_metrics_history`.
///
/// Keeps the topic's entries with `calculatedAt ≥ window.since` (inclusive, as the seed's lower
/// bound) and not after `window.now`, groups them by UTC hour and averages the averages without
/// weighting, as written. Every entry counts (the seed's single page of 100 silently dropped the
/// rest). Entries are summed in (time, value) order, so the result does not depend on the order
/// the rows arrive in. Hours come out ascending.
public func hourlyTrend(
    of topic: TopicID, history: [MetricsHistoryEntry], window: TrendWindow
) -> [HourlyAverage] {
    let since = window.since
    let entries = history
        .filter { $0.topicID == topic && $0.calculatedAt >= since && $0.calculatedAt <= window.now }
        .sorted { ($0.calculatedAt, $0.averagePosition) < ($1.calculatedAt, $1.averagePosition) }
    var buckets: [(hour: Int64, sum: Double, samples: Int)] = []
    for entry in entries {
        let hour = entry.calculatedAt.utcHour
        if let last = buckets.last, last.hour == hour {
            buckets[buckets.count - 1] = (hour, last.sum + entry.averagePosition, last.samples + 1)
        } else {
            buckets.append((hour, entry.averagePosition, 1))
        }
    }
    return buckets.map { HourlyAverage(hour: $0.hour, average: $0.sum / Double($0.samples), samples: $0.samples) }
}
