import Foundation
import Postgres
import RankingMetricsDomain

/// Computes and stores the assignment of periods: on `selection.period.closed` and from the admin API.
struct AssignmentRunner: Sendable {
    let store: RankingStore
    let mode: AssignmentMode

    /// Loads every problem in one round trip, solves each, and replaces the stored assignments in
    /// one more; results come back in the order of `periods`.
    func assign(
        _ periods: [PeriodID], at now: Date, on connection: PostgresConnection
    ) throws -> [(period: PeriodID, assignment: Assignment)] {
        let problems = try store.loadProblems(periods, on: connection)
        let results = try periods.map { period in
            guard let problem = problems[period] else { throw MissingProblem(period: period) }
            return (period: period, assignment: RankingMetricsDomain.assign(problem, mode: mode))
        }
        try store.run(store.statements(for: results, at: now), on: connection)
        return results
    }
}

/// `loadProblems` returns one problem per requested period; this would be a storage bug.
struct MissingProblem: Error, CustomStringConvertible {
    let period: PeriodID
    var description: String { "no assignment problem was loaded for period \(period)" }
}
