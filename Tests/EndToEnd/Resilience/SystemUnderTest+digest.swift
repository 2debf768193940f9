import Foundation
import Postgres

extension SystemUnderTest {
    /// An md5 of every row of every table of `service`'s schema, per table, except the tables that
    /// record deliveries rather than state (`inbox` remembers refused event ids too). Two equal
    /// digests mean no stored row was added, removed or changed in between.
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
            let digests = tables.map {
                "SELECT '\($0)', COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), 'empty') FROM \(schema).\"\($0)\" t"
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
