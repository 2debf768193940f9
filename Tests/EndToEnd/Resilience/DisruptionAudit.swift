import Foundation

/// The state checks after the disruption run, each a count whose wanted value is known: what
/// must hold however often the services crashed and the servers restarted.
struct DisruptionAudit {
    let system: SystemUnderTest
    let intents: Int
    let bricks: Int
    let waves: Int
    let market: WaveMarket

    /// Voting decided every intent, and pricing applied every recorded vote of every brick.
    func settled() async throws -> Bool {
        let decided = try await system.integerAcrossSchemas("SELECT count(*) FROM {voting}.vote_outcomes")
        let applied = try await system.integerAcrossSchemas(
            """
            SELECT count(*) FROM {pricing}.brick_price_state p WHERE p.applied_brick_seq =
              COALESCE((SELECT max(brick_seq) FROM {voting}.vote_events e WHERE e.brick_id = p.brick_id), 0)
            """)
        let done = try await system.integerAcrossSchemas("SELECT count(*) FROM {wave_planning}.wave WHERE status = 'done'")
        return decided == intents && applied == bricks && done == waves
    }

    /// `(what, found, wanted)` for every check.
    func checks() async throws -> [(String, Int, Int)] {
        let recorded = try await system.integerAcrossSchemas("SELECT count(*) FROM {voting}.vote_events")
        let votedBricks = try await system.integerAcrossSchemas("SELECT count(DISTINCT brick_id) FROM {voting}.vote_events")
        return [
            ("intents stored once each", try await system.integerAcrossSchemas("SELECT count(*) FROM {voting}.vote_intents"), intents),
            ("intents with their one outcome", try await system.integerAcrossSchemas(
                "SELECT count(*) FROM {voting}.vote_intents JOIN {voting}.vote_outcomes USING (intent_id)"), intents),
            ("outcomes in all", try await system.integerAcrossSchemas("SELECT count(*) FROM {voting}.vote_outcomes"), intents),
            ("RECORDED outcomes naming their vote event", try await system.integerAcrossSchemas(
                """
                SELECT count(*) FROM {voting}.vote_outcomes o JOIN {voting}.vote_events e USING (intent_id)
                WHERE o.outcome = 'RECORDED' AND o.vote_event_id = e.vote_event_id
                """), recorded),
            ("RECORDED outcomes", try await system.integerAcrossSchemas(
                "SELECT count(*) FROM {voting}.vote_outcomes WHERE outcome = 'RECORDED'"), recorded),
            ("bricks numbered 1…n without gap or repeat", try await system.integerAcrossSchemas(
                """
                SELECT count(*) FROM (SELECT brick_id FROM {voting}.vote_events GROUP BY brick_id
                  HAVING min(brick_seq) = 1 AND max(brick_seq) = count(*) AND count(DISTINCT brick_seq) = count(*)) AS ok
                """), votedBricks),
            ("bricks whose pricing applied every recorded vote", try await system.integerAcrossSchemas(
                """
                SELECT count(*) FROM {pricing}.brick_price_state p WHERE p.applied_brick_seq =
                  COALESCE((SELECT max(brick_seq) FROM {voting}.vote_events e WHERE e.brick_id = p.brick_id), 0)
                """), bricks),
            ("waves done within budget", try await system.integerAcrossSchemas(
                "SELECT count(*) FROM {wave_planning}.wave WHERE status = 'done' AND spent_cents <= budget_cents"), waves),
            ("waves whose spending equals their sales", try await system.integerAcrossSchemas(
                """
                SELECT count(*) FROM {wave_planning}.wave w WHERE w.spent_cents = COALESCE((SELECT sum(s.spent_cents)
                  FROM {purchase_execution}.sale_records s WHERE s.wave_id = w.wave_id AND s.reversed_at IS NULL), 0)
                """), waves),
            ("products whose stock and sold count reconcile with the sales", try await system.integerAcrossSchemas(
                """
                WITH initial(id, units) AS (VALUES \(market.initialStockRows))
                SELECT count(*) FROM {purchase_execution}.products p JOIN initial i ON i.id = p.id
                WHERE p.stock + p.total_sold = i.units AND p.total_sold =
                  COALESCE((SELECT sum(s.quantity) FROM {purchase_execution}.sale_records s WHERE s.product_id = p.id), 0)
                """), market.count),
            ("companies whose balance reconciles with their ledger and sales", try await system.integerAcrossSchemas(
                """
                SELECT count(*) FROM {purchase_execution}.companies c
                WHERE c.id IN (\((0..<market.count).map { "'\(market.company($0))'" }.joined(separator: ",")))
                  AND c.balance_cents = COALESCE((SELECT sum(l.amount_cents) FROM {purchase_execution}.balance_ledger l WHERE l.company_id = c.id), 0)
                  AND c.balance_cents = COALESCE((SELECT sum(s.spent_cents) FROM {purchase_execution}.sale_records s
                                                  WHERE s.company_id = c.id AND s.reversed_at IS NULL), 0)
                """), market.count),
        ]
    }
}
