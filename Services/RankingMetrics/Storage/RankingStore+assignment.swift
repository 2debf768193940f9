import Foundation
import Postgres
import RankingMetricsDomain

extension RankingStore {
    /// Marks periods closed (creating a placeholder for a period never opened here): rankings of a
    /// closed period are frozen (``SelectionPeriod/Status/closed``).
    func closePeriods(_ closures: [(period: PeriodID, at: Date)]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("periods")) AS p (period_id, status, closed_at)
            SELECT id, 'closed', at FROM UNNEST($1::text[], $2::timestamptz[]) AS u(id, at)
            ON CONFLICT (period_id) DO UPDATE SET status = 'closed', closed_at = EXCLUDED.closed_at
            """,
            [closures.map(\.period.rawValue), closures.map(\.at)])
    }

    /// The assignment problems of `periods` (capacities and every student's rankings): one round trip.
    /// A period without topics gets an empty problem.
    func loadProblems(
        _ periods: [PeriodID], on connection: PostgresConnection
    ) throws -> [PeriodID: AssignmentProblem] {
        let ids = periods.map(\.rawValue)
        let results = try run([
            PostgresStatement(
                "SELECT period_id, topic_id, capacity FROM \(table("topics")) WHERE period_id = ANY($1)", [ids]),
            PostgresStatement(
                "SELECT period_id, student_id, topic_id, position FROM \(table("rankings")) WHERE period_id = ANY($1)",
                [ids]),
        ], on: connection)
        var capacities: [PeriodID: [TopicID: Int]] = [:]
        for row in results[0] {
            capacities[PeriodID(try row.decode(0, as: String.self)), default: [:]][
                TopicID(try row.decode(1, as: String.self))] = try row.decode(2, as: Int.self)
        }
        var rankings: [PeriodID: [StudentID: [TopicID: Int]]] = [:]
        for row in results[1] {
            rankings[PeriodID(try row.decode(0, as: String.self)), default: [:]][
                StudentID(try row.decode(1, as: String.self)), default: [:]][
                    TopicID(try row.decode(2, as: String.self))] = try row.decode(3, as: Int.self)
        }
        var problems: [PeriodID: AssignmentProblem] = [:]
        for period in periods {
            problems[period] = try AssignmentProblem(
                capacities: capacities[period] ?? [:], rankings: rankings[period] ?? [:])
        }
        return problems
    }

    /// Replaces the stored assignment of each period with the new one.
    func statements(for assignments: [(period: PeriodID, assignment: Assignment)], at now: Date) -> [PostgresStatement] {
        let periods = assignments.map(\.period.rawValue)
        let seats = assignments.flatMap { item in item.assignment.placements.map { (item.period, $0) } }
        return [
            PostgresStatement("DELETE FROM \(table("assignment_runs")) WHERE period_id = ANY($1)", [periods]),
            PostgresStatement(
                """
                INSERT INTO \(table("assignment_runs"))
                  (period_id, algorithm, total_cost, rank_profile, unassigned_student_ids, computed_at)
                SELECT p, a, c, r::bigint[], u::text[], $6::timestamptz
                FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[]) AS x(p, a, c, r, u)
                """,
                [
                    periods, assignments.map(\.assignment.mode.rawValue), assignments.map(\.assignment.totalCost),
                    assignments.map { "{" + $0.assignment.rankProfile.map(String.init).joined(separator: ",") + "}" },
                    assignments.map { [String]($0.assignment.unassigned.map(\.rawValue)).postgresText ?? "{}" }, now,
                ]),
            PostgresStatement(
                """
                INSERT INTO \(table("assignments")) (period_id, student_id, topic_id, position)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int[])
                """,
                [
                    seats.map(\.0.rawValue), seats.map(\.1.studentID.rawValue), seats.map(\.1.topicID.rawValue),
                    seats.map(\.1.position),
                ]),
        ]
    }
}
