import Foundation
import Postgres
import VotingDomain

extension VotingStore {
    static let userColumns = """
        user_id, email_verified, account_created_at, behavior_multiplier, banned, restricted, resolved_votes,
        correct_votes, xp_total, last_vote_day, bucket_level, bucket_updated_at
        """

    /// B.1 step 1 for a batch: the users' state, locked in id order after the bricks (the same
    /// order every writer uses), so two batches with the same user cannot lose each other's
    /// rate-limit or XP update.
    func lockUsers(_ userIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(Self.userColumns) FROM \(table("users"))
            WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE
            """, [userIds])
    }

    /// One user's state, unlocked (for the HTTP API).
    func user(_ userId: UUID) -> PostgresStatement {
        PostgresStatement("SELECT \(Self.userColumns) FROM \(table("users")) WHERE user_id = $1", [userId])
    }

    /// Writes `voters` in one statement: new users inserted, known ones overwritten.
    func saveUsers(_ voters: [VoterState]) -> PostgresStatement {
        let identities = voters.map(\.identity)
        return PostgresStatement(
            """
            INSERT INTO \(table("users")) (\(Self.userColumns))
            SELECT * FROM UNNEST($1::uuid[], $2::boolean[], $3::timestamptz[], $4::float8[], $5::boolean[],
                                 $6::boolean[], $7::bigint[], $8::bigint[], $9::bigint[], $10::integer[], $11::bigint[],
                                 $12::timestamptz[])
            ON CONFLICT (user_id) DO UPDATE SET
              email_verified = EXCLUDED.email_verified, account_created_at = EXCLUDED.account_created_at,
              behavior_multiplier = EXCLUDED.behavior_multiplier, banned = EXCLUDED.banned,
              restricted = EXCLUDED.restricted, resolved_votes = EXCLUDED.resolved_votes,
              correct_votes = EXCLUDED.correct_votes, xp_total = EXCLUDED.xp_total,
              last_vote_day = EXCLUDED.last_vote_day, bucket_level = EXCLUDED.bucket_level,
              bucket_updated_at = EXCLUDED.bucket_updated_at, updated_at = now()
            """,
            [
                identities.map(\.userId), identities.map(\.emailVerified), identities.map(\.accountCreatedAt),
                identities.map(\.behaviorMultiplier), identities.map(\.banned), identities.map(\.restricted),
                voters.map(\.trust.resolved), voters.map(\.trust.correct), voters.map(\.xp.total),
                voters.map(\.xp.lastVoteDay), voters.map(\.rateBucket?.level), voters.map(\.rateBucket?.updatedAt),
            ])
    }

    func decodeUsers(_ rows: PostgresRows) throws(PostgresError) -> [UUID: VoterState] {
        var voters: [UUID: VoterState] = [:]
        voters.reserveCapacity(rows.count)
        for row in rows {
            let identity = UserIdentity(
                userId: try row.decode(0), emailVerified: try row.decode(1), accountCreatedAt: try row.decode(2),
                behaviorMultiplier: try row.decode(3), banned: try row.decode(4), restricted: try row.decode(5))
            let level: Int64? = try row.decode(10)
            let updatedAt: Date? = try row.decode(11)
            voters[identity.userId] = VoterState(
                identity: identity, trust: TrustRecord(resolved: try row.decode(6), correct: try row.decode(7)),
                xp: XPProgress(total: try row.decode(8), lastVoteDay: try row.decode(9)),
                rateBucket: TokenBucket.stored(level: level, updatedAt: updatedAt))
        }
        return voters
    }
}

extension TokenBucket {
    /// A stored bucket, or nil (a full one) when the row has none yet.
    static func stored(level: Int64?, updatedAt: Date?) -> TokenBucket? {
        guard let level, let updatedAt else { return nil }
        return TokenBucket(level: level, updatedAt: updatedAt)
    }
}
