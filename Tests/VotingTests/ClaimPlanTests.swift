import Postgres
import Testing
@testable import voting

/// The enricher's claim walks the pending index in id order and stops at its limit whatever the statistics
/// say. Before the table's first ANALYZE the planner would otherwise fetch and sort every pending intent
/// for each claim, which is what a new deployment taking a backlog meets.
struct ClaimPlanTests {
    @Test func theClaimNeverSortsThePendingIntentsEvenBeforeStatistics() async throws {
        try await VotingDatabase.with { db in
            let store = db.store
            let schema = db.schema
            let plan = try await db.pool.withConnection { connection in
                try connection.transaction { connection in
                    _ = try connection.query(
                        """
                        INSERT INTO \(schema).vote_intents (intent_id, user_id, brick_id, vote_type, submitted_at, ip_hash)
                        SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'FAIR', now(), 'ip'
                        FROM generate_series(1, 20000)
                        """)
                    let claim = store.claimPendingIntents(limit: 500)
                    _ = try connection.query(claim[0].sql, claim[0].parameters)
                    return try connection.query("EXPLAIN " + claim[1].sql, claim[1].parameters)
                        .map { try $0.decode(0, as: String.self) }.joined(separator: "\n")
                }
            }
            #expect(plan.contains("Index Scan using vote_intents_pending"), "\(plan)")
            #expect(!plan.contains("Sort"), "\(plan)")
        }
    }
}
