import EventContracts
import Foundation
import Postgres
import RankingMetricsDomain
import ServiceKit

/// The ranking-metrics consumer: the school system's catalog events, ranking batches and undos,
/// period closures. Affected topics are marked pending once per consumed batch (their metrics are
/// recalculated by ``MetricsRecalculator``, debounced per period); assignments run on closure.
///
/// Round trips per batch are constant: one pipeline for the catalog, one to lock and load the state,
/// one for every write, and two more only when a period closes.
struct RankingEventsHandler: EventHandler {
    static let consumedTypes = [
        SelectionPeriodOpened.eventType, TopicCreated.eventType, StudentRegistered.eventType,
        RankingsBatchUpdated.eventType, RankingsUndoRequested.eventType, SelectionPeriodClosed.eventType,
    ]
    static let source = EventSource.service("ranking-metrics")
    /// Seats above this are a typo, and would overflow the `integer` column.
    static let maximumCapacity: Int64 = 1_000_000

    let store: RankingStore
    let assignmentMode: AssignmentMode
    /// The clock stamped on rankings and metrics; injected so tests can fix it.
    let clock: @Sendable () -> Date

    init(store: RankingStore, assignmentMode: AssignmentMode = .minimumCost, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.assignmentMode = assignmentMode
        self.clock = clock
    }

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        let now = clock()
        let plan = try BatchPlan(events)
        let refused = try store.writeCatalog(plan.catalog, on: batch.connection)
        if let eventID = refused.first {
            throw EventRejected(eventID: eventID, reason: "the topic already belongs to another period")
        }
        guard !plan.sequence.isEmpty else { return }

        let state = try store.loadState(
            students: plan.students, undoing: plan.undoing, periods: plan.periods, on: batch.connection)
        var application = RankingApplication(state: state)
        var closures: [(period: PeriodID, at: Date, cause: EventEnvelope)] = []
        for event in plan.sequence {
            switch event.payload {
            case let update as RankingsBatchUpdated: try application.update(update, envelope: event.envelope)
            case let undo as RankingsUndoRequested: try application.undo(undo, envelope: event.envelope)
            case let closed as SelectionPeriodClosed:
                let period = PeriodID(closed.periodId)
                application.close(period)
                // A repeated closure in one batch closes once, with the last closedAt.
                closures.removeAll { $0.period == period }
                closures.append((period, closed.closedAt, event.envelope))
            default: continue
            }
        }

        var statements = try store.statements(for: application.writes, at: now)
        if !application.affected.isEmpty { statements.append(store.markPending(application.affected)) }
        if !closures.isEmpty { statements.append(store.closePeriods(closures.map { ($0.period, $0.at) })) }
        try store.run(statements, on: batch.connection)

        if !closures.isEmpty {
            let runner = AssignmentRunner(store: store, mode: assignmentMode)
            let results = try runner.assign(closures.map(\.period), at: now, on: batch.connection)
            for (closure, result) in zip(closures, results) {
                try batch.emit(
                    CloudEvent(
                        causedBy: closure.cause, id: .random(), source: Self.source, time: now,
                        data: AssignmentComputed(period: result.period, result.assignment)))
            }
        }
    }
}
