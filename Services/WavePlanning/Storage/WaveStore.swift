import Postgres
import ServiceKit

/// The SQL of the `wave_planning` schema: projection upserts, the candidate index, waves and their
/// plans, the review queue, configuration and telemetry.
///
/// Every table name is qualified with ``schema`` (a validated identifier), so the same code serves
/// the service's schema and the unique schemas tests create. Each method is one statement (or a
/// list of statements for one pipeline) whatever the number of rows: nothing runs a query per row.
struct WaveStore: Sendable {
    let schema: SchemaName

    /// `schema.table`, for SQL text.
    func table(_ name: String) -> String { "\(schema).\(name)" }

    /// The advisory lock that keeps the index job and wave starts apart ("never during a wave").
    var indexLockKey: String { "\(schema).candidate_index" }
}
