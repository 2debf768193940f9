import Foundation
import Postgres

extension SystemUnderTest {
    /// Columns a timer rewrites with the time though nothing changed (wave-planning rebuilds its
    /// candidate index every `INDEX_INTERVAL_SECONDS` and stamps it), left out of the digests.
    static let clockColumns = ["candidate_index_state": "built_at"]

    /// An md5 of every row of every table of `service`'s schema, per table, except the tables that
    /// record deliveries rather than state (`inbox` remembers refused event ids too) and the
    /// ``clockColumns``. Two equal digests mean no stored row was added, removed or changed in between.
    func stateDigest(of service: MarketService, excluding skipped: Set<String> = ["inbox"]) async throws -> [String: String] {
        let schema = try schema(service)
        return try await pool.withConnection { connection in
            let tables = try connection.query(
                """
                SELECT table_name::text FROM information_schema.tables
                WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1
                """, [schema]
            ).map { try $0.decode(0, as: String.self) }.filter { !skipped.contains($0) }
            guard !tables.isEmpty else { return [:] }
            let digests = tables.map { table in
                let row = "(to_jsonb(t) - '\(Self.clockColumns[table] ?? "")')::text"
                return "SELECT '\(table)', COALESCE(md5(string_agg(\(row), '|' ORDER BY \(row))), 'empty') FROM \(schema).\"\(table)\" t"
            }
            var result: [String: String] = [:]
            for row in try connection.query(digests.joined(separator: " UNION ALL ")) {
                result[try row.decode(0, as: String.self)] = try row.decode(1, as: String.self)
            }
            return result
        }
    }

    /// `stateDigest` of every service of the run.
    func stateDigests() async throws -> [MarketService: [String: String]] {
        var digests: [MarketService: [String: String]] = [:]
        for service in services { digests[service] = try await stateDigest(of: service) }
        return digests
    }
}
