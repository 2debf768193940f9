import EventContracts
import Foundation
import Postgres
import RankingMetricsDomain
import ServiceKit

/// D001-12: recalculates the metrics of periods with pending topics, at most once per period per
/// `intervalMilliseconds` (500 ms by default), across every replica.
///
/// The consumer only marks topics pending (in the ranking transaction), so a burst of consumed
/// batches costs one recalculation per period instead of one per batch; the debounce lives in
/// `periods.metrics_calculated_at`, so it holds whichever replica runs the job, and the pending rows
/// survive a crash.
struct MetricsRecalculator: Sendable {
    let store: RankingStore
    let intervalMilliseconds: Int
    /// Periods one run takes at most; the rest wait for the next run.
    var periodsPerRun = 50

    /// One run in the caller's transaction: claims due periods, recalculates their pending topics
    /// and every percentile, writes the rows, enqueues `topic.metrics.calculated` and wakes the
    /// live-update streams. Four round trips, whatever the number of topics; none when nothing is due.
    @discardableResult
    func run(at now: Date, on connection: PostgresConnection) throws -> [CloudEvent<TopicMetricsCalculated>] {
        let periods = try store.claimDuePeriods(
            at: now, intervalMilliseconds: intervalMilliseconds, limit: periodsPerRun, on: connection)
        guard !periods.isEmpty else { return [] }
        let input = try store.takeRecalculationInput(periods, on: connection)
        let recalculations = periods.map { period in
            let aggregates = input.aggregates[period] ?? [:]
            let pending = input.pending[period] ?? []
            var affected: [TopicID: TopicAggregate] = [:]
            var others: [TopicID: PositionAverage] = [:]
            for (topic, aggregate) in aggregates {
                if pending.contains(topic) { affected[topic] = aggregate } else { others[topic] = aggregate.average }
            }
            return recalculateMetrics(period: period, affected: affected, unaffected: others, at: Timestamp(now))
        }
        let events = recalculations.flatMap(\.recalculated).map {
            CloudEvent(id: .random(), source: RankingEventsHandler.source, time: now, data: TopicMetricsCalculated($0))
        }
        try store.run(store.statements(for: recalculations) + [store.notifyMetrics(periods)], on: connection)
        try Outbox(schema: store.schema).enqueue(try events.map(OutboxMessage.init), on: connection)
        return events
    }
}
