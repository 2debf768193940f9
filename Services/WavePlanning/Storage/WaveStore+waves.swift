import Foundation
import Postgres
import WavePlanningDomain

extension WaveStore {
    /// Serializes wave starts with each other and with the index job, and says whether the wave exists.
    func lockForStart(waveId: String) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT pg_advisory_xact_lock(hashtext($1)) IS NOT NULL AS locked,
              EXISTS (SELECT 1 FROM \(table("wave")) WHERE wave_id = $2) AS existing
            """, [indexLockKey, waveId])
    }

    /// The new wave row with its ledger, and its plan (exclusions and explain trace) as one document.
    func insertWave(
        _ record: WaveRecord, requestedBy: String, startedAt: Date, plan: WavePlan
    ) throws -> [PostgresStatement] {
        [
            PostgresStatement(
                """
                INSERT INTO \(table("wave")) (wave_id, status, requested_by, budget_cents, seed, config_version, config,
                  started_at, current_pass, open_batches, flagged_count, candidate_count, eligible_count, ledger)
                VALUES ($1, 'executing', $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13::jsonb)
                """,
                [
                    record.waveId, requestedBy, record.facts.budgetCents, record.facts.seed, record.facts.configVersion,
                    try JSONColumn.encode(record.config), startedAt, record.currentPass, record.openBatches,
                    record.flaggedCount, record.facts.candidateCount, record.facts.eligibleCount,
                    try JSONColumn.encode(record.ledger),
                ]),
            PostgresStatement(
                "INSERT INTO \(table("wave_plan")) (wave_id, plan) VALUES ($1, $2::jsonb)", [record.waveId, try JSONColumn.encode(plan)]),
        ]
    }

    /// A pass's orders and batches (D000-39: the keys are unique, so a repeat changes nothing).
    func insertPass(_ pass: WavePass) -> [PostgresStatement] {
        var batchOf: [String: String] = [:]
        for batch in pass.batches { for order in batch.orders { batchOf[order.idempotencyKey] = batch.batchId } }
        let orders = pass.orders
        return [
            PostgresStatement(
                """
                INSERT INTO \(table("wave_order")) (idempotency_key, wave_id, pass, plan_hash, batch_id, product_id,
                  company_id, quantity, unit_price_cents, planned_spend_cents, buyer_id)
                SELECT u.key, $1, $2, $3, u.batch, u.product, u.company, u.quantity, u.price, u.spend, u.buyer
                FROM UNNEST($4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::bigint[], $10::bigint[],
                  $11::text[]) AS u(key, batch, product, company, quantity, price, spend, buyer)
                ON CONFLICT (idempotency_key) DO NOTHING
                """,
                [
                    pass.waveId, pass.pass, pass.planHash, orders.map(\.idempotencyKey),
                    orders.map { batchOf[$0.idempotencyKey] ?? "" }, orders.map(\.productId), orders.map(\.companyId),
                    orders.map(\.quantity), orders.map(\.unitPriceCents), orders.map(\.plannedSpendCents), orders.map(\.buyerId),
                ]),
            PostgresStatement(
                """
                INSERT INTO \(table("wave_batch")) (batch_id, wave_id, pass, company_id)
                SELECT u.batch, $1, $2, u.company FROM UNNEST($3::text[], $4::text[]) AS u(batch, company)
                ON CONFLICT (batch_id) DO NOTHING
                """,
                [pass.waveId, pass.pass, pass.batches.map(\.batchId), pass.batches.map(\.companyId)]),
        ]
    }

    func insertReview(waveId: String, _ flagged: [FlaggedEntity]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("review_item")) (wave_id, entity_type, entity_id, reason, detail)
            SELECT $1, * FROM UNNEST($2::text[], $3::text[], $4::text[], $5::text[])
            ON CONFLICT DO NOTHING
            """,
            [waveId, flagged.map(\.entityType.rawValue), flagged.map(\.entityId), flagged.map(\.reason), flagged.map(\.detail)])
    }
}
