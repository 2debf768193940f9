import Postgres
import ServiceKit

/// The SQL of voting's own schema (tables of `Migrations/0001_voting.sql`).
///
/// Every method builds a ``PostgresStatement`` (so callers can send several in one pipeline) or
/// decodes rows. Statements are set-based — `UNNEST` arrays, `= ANY($1)`, multi-row upserts — so a
/// batch costs the same number of statements whatever its size. Table names are qualified with
/// ``schema`` because consumer and job connections have no search path.
struct VotingStore: Sendable {
    let schema: SchemaName

    /// `schema.table`; the schema name is validated by ``SchemaName``.
    func table(_ name: String) -> String { "\(schema).\(name)" }

    /// The NOTIFY channel that wakes the enricher when intents arrive.
    var intentsChannel: String { "\(schema)_intents" }
}
