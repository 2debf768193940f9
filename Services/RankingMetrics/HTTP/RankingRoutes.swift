import Auth
import EventContracts
import Foundation
import Hummingbird
import Postgres
import RankingMetricsDomain
import ServiceKit

/// The read API (metrics, their live stream, trends, assignments) and the admin endpoint that
/// computes an assignment.
///
/// Reads never write (D001-14). Unknown period and topic ids answer 404 (a topic's metrics also when
/// nobody ranked it, a period's assignment also before one was computed) and bad parameters 400, both
/// problem+json; a known id without data answers an empty list.
struct RankingRoutes: Sendable {
    let store: RankingStore
    let pool: PostgresPool
    let tokens: BearerTokens
    /// Wakes the live-update streams (one `LISTEN` per replica).
    let feed: MetricsFeed
    let defaultMode: AssignmentMode
    /// The clock of trend windows and assignment stamps; injected so tests can fix it.
    let clock: @Sendable () -> Date

    func register<Context: RequestContext>(on router: Router<Context>) {
        let api = router.group("api")
        api.get("periods/:id/metrics") { _, context in try await periodMetrics(try context.id()) }
        api.get("periods/:id/metrics/stream") { request, context in
            try await MetricsStream(store: store, pool: pool, feed: feed).response(
                period: PeriodID(try context.id()), seconds: try QueryParameter.integer("seconds", in: request, default: 300))
        }
        api.get("topics/:id/metrics") { _, context in try await topicMetrics(try context.id()) }
        api.get("topics/:id/trend") { request, context in
            try await trend(try context.id(), hours: try QueryParameter.integer("hours", in: request, default: 24))
        }
        api.get("periods/:id/assignment") { _, context in try await assignment(try context.id()) }
        api.post("admin/periods/:id/assignment") { request, context in
            _ = try await tokens.admin(authorization: request.headers[.authorization])
            let mode = try QueryParameter.mode(in: request, default: defaultMode)
            return try await computeAssignment(try context.id(), mode: mode)
        }
    }

    func periodMetrics(_ id: String) async throws -> PeriodMetricsView {
        let store = store
        guard let rows = try await pool.withConnection({ try store.periodMetrics(PeriodID(id), on: $0) }) else {
            throw ProblemDetails.notFound("period \(id) is unknown")
        }
        return PeriodMetricsView(periodId: id, topics: rows.map(TopicMetricsView.init))
    }

    func topicMetrics(_ id: String) async throws -> TopicMetricsView {
        let store = store
        guard let row = try await pool.withConnection({ try store.topicMetrics(TopicID(id), on: $0) }) else {
            throw ProblemDetails.notFound("topic \(id) has no metrics (unknown, or nobody ranked it)")
        }
        return TopicMetricsView(row)
    }

    func trend(_ id: String, hours: Int) async throws -> TrendView {
        let window: TrendWindow
        do {
            window = try TrendWindow(hours: hours, now: Timestamp(clock()))
        } catch {
            throw ProblemDetails.badRequest(error.reason, field: "hours")
        }
        let store = store
        let topic = TopicID(id)
        guard let entries = try await pool.withConnection({ try store.history(of: topic, in: window, on: $0) }) else {
            throw ProblemDetails.notFound("topic \(id) is unknown")
        }
        let hourly = hourlyTrend(of: topic, history: entries, window: window)
        return TrendView(
            topicId: id, hours: hours, trend: hourly.map { .init(hour: $0.hour, average: $0.average, samples: $0.samples) })
    }

    func assignment(_ id: String) async throws -> AssignmentView {
        let store = store
        guard let view = try await pool.withConnection({ try store.storedAssignment(PeriodID(id), on: $0) }) else {
            throw ProblemDetails.notFound("period \(id) has no assignment yet")
        }
        return view
    }

    /// Solves, stores and publishes (through the outbox, in the same transaction) a period's assignment.
    func computeAssignment(_ id: String, mode: AssignmentMode) async throws -> AssignmentView {
        let store = store
        let now = clock()
        let period = PeriodID(id)
        let result = try await pool.transaction { connection -> Assignment? in
            guard try store.periodExists(period, on: connection) else { return nil }
            let runner = AssignmentRunner(store: store, mode: mode)
            guard let result = try runner.assign([period], at: now, on: connection).first else { return nil }
            let event = CloudEvent(
                id: .random(), source: RankingEventsHandler.source, time: now,
                data: AssignmentComputed(period: period, result.assignment))
            try Outbox(schema: store.schema).enqueue([try OutboxMessage(event)], on: connection)
            return result.assignment
        }
        guard let result else { throw ProblemDetails.notFound("period \(id) is unknown") }
        return AssignmentView(periodId: id, result, computedAt: now)
    }
}

extension RequestContext {
    /// The `:id` path parameter.
    func id() throws -> String {
        guard let id = parameters.get("id"), !id.isEmpty else { throw ProblemDetails.badRequest("an id is required", field: "id") }
        return id
    }
}

/// Query parameters the API reads, each refused with a 400 naming it.
enum QueryParameter {
    /// An integer, or `value` when absent.
    static func integer(_ name: String, in request: Request, default value: Int) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(text) else {
            throw ProblemDetails.badRequest("\(name) must be an integer, got \(text)", field: name)
        }
        return number
    }

    /// `mode`: `min-cost` or `rank-maximal`, or `value` when absent.
    static func mode(in request: Request, default value: AssignmentMode) throws -> AssignmentMode {
        guard let text = request.uri.queryParameters.get("mode") else { return value }
        guard let mode = AssignmentMode(rawValue: text) else {
            throw ProblemDetails.badRequest("mode must be min-cost or rank-maximal, got \(text)", field: "mode")
        }
        return mode
    }
}
