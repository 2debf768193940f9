import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit

/// Applies a batch's ranking events, in delivery order, to the state loaded for it: the core
/// validates each one, and the accepted ones accumulate as ``RankingWrites`` and affected topics.
///
/// Nothing here touches the database; a refused event throws ``EventRejected`` (its reason is the
/// core's) and the consumer retries the batch without it, so a refused event writes nothing.
struct RankingApplication {
    private(set) var state: RankingState
    private(set) var writes = RankingWrites()
    /// Topics whose metrics need recalculating, per period (coalesced over the whole batch, D001-12):
    /// marked pending for ``MetricsRecalculator``.
    private(set) var affected: [PeriodID: Set<TopicID>] = [:]

    init(state: RankingState) {
        self.state = state
    }

    mutating func update(_ event: RankingsBatchUpdated, envelope: EventEnvelope) throws {
        let key = StudentPeriod(student: StudentID(event.studentId), period: PeriodID(event.periodId))
        let period = try existingPeriod(key.period, eventID: envelope.id)
        do {
            let applied = try applyRankingBatch(RankingBatchRequest(event), to: rankings(of: key), in: period)
            try record(applied, eventID: RankingEventID(envelope.id))
        } catch let rejection as RankingBatchRejection {
            throw EventRejected(eventID: envelope.id, reason: rejection.reason)
        }
    }

    mutating func undo(_ event: RankingsUndoRequested, envelope: EventEnvelope) throws {
        let key = StudentPeriod(student: StudentID(event.studentId), period: PeriodID(event.periodId))
        let period = try existingPeriod(key.period, eventID: envelope.id)
        do {
            let applied = try undoLastRankingBatch(of: rankings(of: key), history: state.history[key] ?? [], in: period)
            try record(applied, eventID: RankingEventID(envelope.id))
        } catch let rejection as UndoRejection {
            throw EventRejected(eventID: envelope.id, reason: rejection.reason)
        }
    }

    /// Freezes the period's rankings for the rest of the batch (the assignment runs after the writes).
    mutating func close(_ period: PeriodID) {
        let known = state.periods[period]
        state.periods[period] = SelectionPeriod(id: period, topics: known?.topics ?? [], status: .closed)
    }

    private func existingPeriod(_ id: PeriodID, eventID: String) throws -> SelectionPeriod {
        guard let period = state.periods[id] else {
            throw EventRejected(eventID: eventID, reason: "period \(id) is unknown (no selection.period.opened or topic.created yet)")
        }
        return period
    }

    private func rankings(of key: StudentPeriod) -> StudentRankings {
        state.rankings[key] ?? StudentRankings(studentID: key.student, periodID: key.period)
    }

    private mutating func record(_ applied: AppliedRankingBatch, eventID: RankingEventID) throws {
        let key = StudentPeriod(student: applied.studentID, period: applied.periodID)
        for change in applied.changes {
            let topicCount = state.periods[applied.periodID]?.topicCount ?? 0
            let current = state.aggregates[change.topicID] ?? TopicAggregate(topicCount: topicCount)
            do {
                let next = try current.applying(change)
                state.aggregates[change.topicID] = next
                writes.aggregates[change.topicID] = next
            } catch {
                // The stored aggregate disagrees with the stored rankings: a fault of this service, not
                // of the event, so the batch fails (and is retried) instead of the event being refused.
                throw AggregateDrift(topic: change.topicID, reason: error.reason)
            }
        }
        state.rankings[key] = applied.rankings
        writes.record(applied, eventID: eventID)
        if let recorded = writes.batches.last { state.history[key, default: []].append(recorded) }
        affected[applied.periodID, default: []].formUnion(applied.changes.map(\.topicID))
    }
}

/// A stored aggregate that cannot absorb a valid change: `ranking-metrics verify` shows the drift.
struct AggregateDrift: Error, CustomStringConvertible {
    let topic: TopicID
    let reason: String

    var description: String { "aggregate of topic \(topic) disagrees with its rankings: \(reason)" }
}
