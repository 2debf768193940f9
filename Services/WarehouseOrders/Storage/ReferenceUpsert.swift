import Postgres

/// One multi-row upsert of a reference table: `INSERT … SELECT FROM UNNEST(arrays) ON CONFLICT
/// (key) DO UPDATE`, guarded so a row is replaced only by data at least as recent as what it holds
/// (`source_time`, the CloudEvents time of the event that wrote it).
///
/// Reference events carry no version (EVENTS.md), so the producer's event time is the version: a
/// redelivered or reordered older event leaves the newer row alone.
struct ReferenceUpsert: Sendable {
    struct Column: Sendable {
        let name: String
        /// The PostgreSQL element type of the bound array, e.g. `text`, `bigint`.
        let type: String
        /// How the unnested value becomes the column's value, when a cast is needed.
        let conversion: String?

        init(_ name: String, _ type: String, conversion: String? = nil) {
            self.name = name
            self.type = type
            self.conversion = conversion
        }
    }

    let table: String
    /// The data columns; `source_time` is appended as the last parameter.
    let columns: [Column]
    let key: [String]

    /// The statement for `values` (one array per column, then the source times).
    func statement(_ values: [any PostgresBindable]) -> PostgresStatement {
        let all = columns + [Column("source_time", "timestamptz")]
        let names = all.map(\.name).joined(separator: ", ")
        let arrays = all.enumerated().map { "$\($0.offset + 1)::\($0.element.type)[]" }.joined(separator: ", ")
        let selected = all.map { column in
            column.conversion.map { "\($0) AS \(column.name)" } ?? "u.\(column.name)"
        }.joined(separator: ", ")
        let updates = all.filter { !key.contains($0.name) }.map { "\($0.name) = EXCLUDED.\($0.name)" }
        return PostgresStatement(
            """
            INSERT INTO \(table) AS t (\(names))
            SELECT \(selected) FROM UNNEST(\(arrays)) AS u(\(names))
            ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE
            SET \((updates + ["updated_at = now()"]).joined(separator: ", "))
            WHERE t.source_time <= EXCLUDED.source_time
            """, values)
    }
}
