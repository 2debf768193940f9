/// D001-13: whether a stored metrics row no longer describes the live rankings.
///
/// Stale when the live `(count, Σp, Σp²)` differs from the row's (this catches reorders that
/// keep the count, which the seed's count-only check missed), or when a ranking changed after
/// the row was calculated. Reads return the row with this flag and never trigger a write (D001-14).
///
/// - Parameters:
///   - live: `count(*), sum(position), sum(position*position)` of the topic's rankings now.
///   - latestRankingUpdate: `max(rankings.updatedAt)` of the topic, `nil` without rankings.
public func isStale(
    _ stored: TopicMetrics, live: AggregateTotals, latestRankingUpdate: Timestamp?
) -> Bool {
    if stored.totals != live { return true }
    guard let latestRankingUpdate else { return false }
    return latestRankingUpdate > stored.calculatedAt
}
