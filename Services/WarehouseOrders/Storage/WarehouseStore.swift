import Postgres
import ServiceKit

/// The SQL of the `warehouse_orders` schema: reference upserts, the day tick's bulk load and
/// set-based writes, and the read API's queries.
///
/// Every table name is qualified with ``schema`` (a validated identifier), so the same code serves
/// the service's own schema and the unique schemas tests create. Each method is one statement or one
/// pipeline, whatever the number of rows: nothing here runs a query per row.
struct WarehouseStore: Sendable {
    let schema: SchemaName

    /// `schema.table`, for SQL text.
    func table(_ name: String) -> String { "\(schema).\(name)" }
}
