import Postgres
import ServiceKit

/// The SQL of pricing's own schema (tables of `Migrations/0001_pricing.sql`).
///
/// Every method builds a ``PostgresStatement`` (so the handler can send several in one pipeline)
/// or decodes rows; the statements are set-based: one statement per batch, never one per row.
/// Table names are qualified with ``schema`` because a consumer's connection has no search path.
struct PricingStore: Sendable {
    let schema: SchemaName

    /// `schema.table`; the schema name is validated by ``SchemaName``.
    func table(_ name: String) -> String { "\(schema).\(name)" }
}
