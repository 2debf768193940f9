import Postgres
import RankingMetricsDomain
import ServiceKit

/// The SQL of the `ranking_metrics` schema (or a test's copy of it): every statement is set-based,
/// one per batch and table, never one per row or event.
///
/// Table names are qualified with the validated ``SchemaName`` because the service's connections
/// do not rely on `search_path`.
struct RankingStore: Sendable {
    let schema: SchemaName

    /// `schema.table`, for interpolation into SQL (the schema name is validated, the table a literal).
    func table(_ name: String) -> String { "\(schema).\(name)" }

    /// Runs the statements in one round trip; nothing to send costs nothing.
    @discardableResult
    func run(_ statements: [PostgresStatement], on connection: PostgresConnection) throws -> [PostgresRows] {
        guard !statements.isEmpty else { return [] }
        return try connection.pipeline(statements)
    }
}

/// A student's rankings are kept per period: the key of ``StudentRankings``.
struct StudentPeriod: Hashable, Sendable, Comparable {
    let student: StudentID
    let period: PeriodID

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.student, lhs.period) < (rhs.student, rhs.period) }
}
