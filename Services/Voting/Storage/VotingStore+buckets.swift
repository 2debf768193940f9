import Foundation
import Postgres
import VotingDomain

extension VotingStore {
    /// Creates the missing ip-hash bucket rows (NULL level: full), so that they can be locked.
    func ensureIPBuckets(_ ipHashes: [String]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("ip_buckets")) (ip_hash)
            SELECT DISTINCT h FROM UNNEST($1::text[]) AS h ORDER BY h ON CONFLICT (ip_hash) DO NOTHING
            """, [ipHashes])
    }

    /// The ip-hash buckets of a batch, locked in key order after users (P-27: replicas share them).
    func lockIPBuckets(_ ipHashes: [String]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT ip_hash, level, updated_at FROM \(table("ip_buckets"))
            WHERE ip_hash = ANY($1::text[]) ORDER BY ip_hash FOR UPDATE
            """, [ipHashes])
    }

    /// One ip hash's bucket, unlocked (the HTTP 429 check).
    func ipBucket(_ ipHash: String) -> PostgresStatement {
        PostgresStatement("SELECT ip_hash, level, updated_at FROM \(table("ip_buckets")) WHERE ip_hash = $1", [ipHash])
    }

    func saveIPBuckets(_ buckets: [String: TokenBucket]) -> PostgresStatement {
        let keys = Array(buckets.keys)
        let values = keys.compactMap { buckets[$0] }
        return PostgresStatement(
            """
            INSERT INTO \(table("ip_buckets")) (ip_hash, level, updated_at)
            SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::timestamptz[])
            ON CONFLICT (ip_hash) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at
            """, [keys, values.map(\.level), values.map(\.updatedAt)])
    }

    func decodeIPBuckets(_ rows: PostgresRows) throws(PostgresError) -> [String: TokenBucket] {
        var buckets: [String: TokenBucket] = [:]
        for row in rows {
            if let bucket = TokenBucket.stored(level: try row.decode(1), updatedAt: try row.decode(2)) {
                buckets[try row.decode(0, as: String.self)] = bucket
            }
        }
        return buckets
    }
}
