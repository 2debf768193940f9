import Postgres
import ServiceKit

/// The SQL of the `purchase_execution` schema: catalog upserts, the batch transaction's one locking
/// read and one pipeline of writes, the rollback, and the audit read.
///
/// Every table name is qualified with ``schema`` (a validated identifier), so the same code serves the
/// service's schema and the unique schemas tests create. Every method is one statement or one
/// pipeline whatever the number of rows: nothing here runs a query per row.
///
/// Lock order, which keeps concurrent transactions free of deadlocks: products before companies,
/// each in `id` order (`ORDER BY id … FOR UPDATE`, or a multi-row upsert fed in `id` order).
struct PurchaseStore: Sendable {
    let schema: SchemaName

    /// `schema.table`, for SQL text.
    func table(_ name: String) -> String { "\(schema).\(name)" }
}
