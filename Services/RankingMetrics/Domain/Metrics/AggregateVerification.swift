/// A topic whose incrementally maintained aggregate differs from the one recomputed from the
/// ranking rows: what the verify command reports.
public struct AggregateDiscrepancy: Hashable, Sendable, Codable {
    public let topicID: TopicID
    /// The maintained aggregate (`nil` when none is stored).
    public let maintained: TopicAggregate?
    /// The aggregate recomputed from the rows (`nil` when the topic has no rankings).
    public let recomputed: TopicAggregate?
}

/// Compares maintained aggregates with ones recomputed from scratch, topic by topic, sorted by
/// topic id. A missing side equals an empty aggregate (a stored row with count 0 is no
/// discrepancy), so only real differences in count, Σp, Σp² or the distribution are reported.
public func verifyAggregates(
    maintained: [TopicID: TopicAggregate], recomputed: [TopicID: TopicAggregate]
) -> [AggregateDiscrepancy] {
    let topics = Set(maintained.keys).union(recomputed.keys).sorted()
    return topics.compactMap { topic in
        let kept = maintained[topic]
        let fresh = recomputed[topic]
        guard !sameContent(kept, fresh) else { return nil }
        return AggregateDiscrepancy(topicID: topic, maintained: kept, recomputed: fresh)
    }
}

/// Equal counts per position; trailing zero buckets (a T that grew) do not count as a difference.
private func sameContent(_ lhs: TopicAggregate?, _ rhs: TopicAggregate?) -> Bool {
    let left = lhs?.distribution ?? []
    let right = rhs?.distribution ?? []
    let length = max(left.count, right.count)
    for index in 0..<length where (index < left.count ? left[index] : 0) != (index < right.count ? right[index] : 0) {
        return false
    }
    return lhs?.totals ?? AggregateTotals(count: 0, sumOfPositions: 0, sumOfSquares: 0)
        == rhs?.totals ?? AggregateTotals(count: 0, sumOfPositions: 0, sumOfSquares: 0)
}

/// Recomputes every topic's aggregate of a period from its ranking rows (`(topic, position)`
/// pairs) with T = `topics.count`; topics without rows get an empty aggregate, and a row of a
/// topic outside the period is an error.
public func recomputeAggregates(
    rankings: some Sequence<(topicID: TopicID, position: Int)>, topics: Set<TopicID>
) throws(AggregateError) -> [TopicID: TopicAggregate] {
    var result = Dictionary(uniqueKeysWithValues: topics.map { ($0, TopicAggregate(topicCount: topics.count)) })
    for row in rankings {
        guard var aggregate = result[row.topicID] else { throw .unknownTopic(row.topicID) }
        try aggregate.add(row.position)
        result[row.topicID] = aggregate
    }
    return result
}
