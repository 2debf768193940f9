import Foundation
import Postgres
import PricingDomain
import VotingDomain

/// An intent as intake stores it: the core's fields plus the event it came from, if any.
struct StoredIntent: Sendable {
    var intent: VoteIntent
    /// The `vote.intent.submitted` event that carried it; nil for HTTP intake.
    var causeEventId: String?
    var correlationId: String?
}

extension VotingStore {
    /// Inserts the intents that are new by intent id (intake is idempotent, §2.1: no business
    /// logic here) and, when any was new, wakes the enrichers at commit.
    func insertIntents(_ intents: [StoredIntent]) -> PostgresStatement {
        let rows = intents.map(\.intent)
        return PostgresStatement(
            """
            WITH inserted AS (
              INSERT INTO \(table("vote_intents"))
                (intent_id, user_id, brick_id, vote_type, submitted_at, ip_hash, user_agent, session_id,
                 cause_event_id, correlation_id)
              SELECT * FROM UNNEST($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[],
                                   $7::text[], $8::text[], $9::text[], $10::text[])
              ON CONFLICT (intent_id) DO NOTHING
              RETURNING intent_id
            )
            SELECT pg_notify($11, '') FROM (SELECT 1 FROM inserted LIMIT 1) AS any_inserted
            """,
            [
                rows.map(\.intentId), rows.map(\.userId), rows.map(\.brickId), rows.map(\.voteType.rawValue),
                rows.map(\.submittedAt), rows.map(\.ipHash), rows.map(\.userAgent), rows.map(\.sessionId),
                intents.map(\.causeEventId), intents.map(\.correlationId), intentsChannel,
            ])
    }

    /// B.1's cursor step for many replicas: up to `limit` pending intents in storage order, locked
    /// so that no other replica takes them (`SKIP LOCKED`); ``decodeClaimed(_:)`` reads its results.
    ///
    /// The claim must walk the pending index in id order and stop at `limit`. Before the table's first
    /// ANALYZE (a new deployment taking a backlog), the planner guesses that few intents are pending
    /// and instead fetches every pending row with a bitmap scan and sorts them all, for each claim: 26–35 ms
    /// per claim at 36,000 pending. Bitmap scans are off for the claim alone, so the plan does not depend
    /// on what the statistics say.
    func claimPendingIntents(limit: Int) -> [PostgresStatement] {
        [
            PostgresStatement("SET LOCAL enable_bitmapscan = off", []),
            PostgresStatement(
                """
                SELECT id, intent_id, user_id, brick_id, vote_type, submitted_at, ip_hash, user_agent, session_id,
                       cause_event_id, correlation_id
                FROM \(table("vote_intents")) WHERE status = 'PENDING' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
                """, [limit]),
            PostgresStatement("SET LOCAL enable_bitmapscan TO DEFAULT", []),
        ]
    }

    /// B.1 step 11 for the whole batch.
    func markProcessed(rowIds: [Int64]) -> PostgresStatement {
        PostgresStatement(
            "UPDATE \(table("vote_intents")) SET status = 'PROCESSED' WHERE id = ANY($1::bigint[])", [rowIds])
    }

    /// Claimed rows, in claim order, with their storage ids, from the results of the statements of
    /// ``claimPendingIntents(limit:)`` (the SELECT's rows are the second).
    func decodeClaimed(_ results: [PostgresRows]) throws -> [(rowId: Int64, stored: StoredIntent)] {
        guard results.count == 3 else {
            throw PostgresError(.protocol, "the intent claim returned \(results.count) results, not 3")
        }
        return try results[1].map { row in
            let typeText = try row.decode(4, as: String.self)
            guard let voteType = VoteType(rawValue: typeText) else {
                throw PostgresError(.decoding, "vote_intents.vote_type \(typeText) is not a vote type")
            }
            let intent = VoteIntent(
                intentId: try row.decode(1), userId: try row.decode(2), brickId: try row.decode(3), voteType: voteType,
                submittedAt: try row.decode(5), ipHash: try row.decode(6), userAgent: try row.decode(7),
                sessionId: try row.decode(8))
            return (try row.decode(0), StoredIntent(intent: intent, causeEventId: try row.decode(9), correlationId: try row.decode(10)))
        }
    }
}
