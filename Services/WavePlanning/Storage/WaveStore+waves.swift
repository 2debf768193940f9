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

    /// The waves of a batch of results, locked, and their batches still waiting for results.
    func lockWaves(_ waveIds: [String]) -> [PostgresStatement] {
        [
            PostgresStatement(
                "SELECT \(WaveRecord.columns) FROM \(table("wave")) WHERE wave_id = ANY($1) ORDER BY wave_id FOR UPDATE",
                [waveIds]),
            PostgresStatement(
                "SELECT batch_id, wave_id, pass FROM \(table("wave_batch")) WHERE wave_id = ANY($1) AND executed_at IS NULL",
                [waveIds]),
        ]
    }

    /// The new state of waves after results: ledger, pass, open batches and, when done, the outcome.
    func updateWaves(_ records: [WaveRecord], outcomes: [String: WaveCompletionSummary]) throws -> PostgresStatement {
        let summaries = records.map { outcomes[$0.waveId] }
        return PostgresStatement(
            """
            UPDATE \(table("wave")) w SET
              status = CASE WHEN u.done THEN 'done' ELSE 'executing' END, current_pass = u.pass,
              open_batches = u.open_batches, ledger = u.ledger::jsonb, spent_cents = u.spent,
              retained_cents = u.retained, stop_reason = u.stop_reason,
              completed_at = CASE WHEN u.done THEN now() ELSE NULL END
            FROM UNNEST($1::text[], $2::bool[], $3::int[], $4::int[], $5::text[], $6::bigint[], $7::bigint[], $8::text[])
              AS u(wave_id, done, pass, open_batches, ledger, spent, retained, stop_reason)
            WHERE w.wave_id = u.wave_id
            """,
            [
                records.map(\.waveId), records.map(\.isDone), records.map(\.currentPass), records.map(\.openBatches),
                try records.map { try JSONColumn.encode($0.ledger) }, records.map(\.ledger.spentCents),
                summaries.map { $0?.retainedCents }, summaries.map { $0?.stopReason.rawValue },
            ])
    }

    /// Marks batches executed and records each line's result once: a line already recorded is left
    /// alone, and only newly recorded fills count into today's sales bucket (D000-05).
    func recordResults(batchIds: [String], lines: [ResultLine], day: Date) -> [PostgresStatement] {
        [
            PostgresStatement(
                "UPDATE \(table("wave_batch")) SET executed_at = now() WHERE batch_id = ANY($1) AND executed_at IS NULL",
                [batchIds]),
            PostgresStatement(
                """
                WITH recorded AS (
                  UPDATE \(table("wave_order")) o SET status = u.status, executed_quantity = u.quantity,
                    executed_price_cents = u.price, spent_cents = u.spent, reason = u.reason
                  FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::text[])
                    AS u(key, status, quantity, price, spent, reason)
                  WHERE o.idempotency_key = u.key AND o.status IS NULL AND u.status <> 'DUPLICATE'
                  RETURNING o.product_id, u.quantity
                ), sold AS (
                  SELECT product_id, sum(quantity)::bigint AS units FROM recorded WHERE quantity > 0 GROUP BY product_id
                ), counted AS (
                  UPDATE \(table("product_stock")) s SET sold_counted = s.sold_counted + sold.units
                  FROM sold WHERE s.product_id = sold.product_id
                )
                INSERT INTO \(table("sales_day")) AS d (product_id, day, units)
                SELECT product_id, ($7::timestamptz AT TIME ZONE 'UTC')::date, units FROM sold
                ON CONFLICT (product_id, day) DO UPDATE SET units = d.units + EXCLUDED.units
                """,
                [
                    lines.map(\.idempotencyKey), lines.map(\.status), lines.map(\.quantity), lines.map(\.unitPriceCents),
                    lines.map(\.spentCents), lines.map(\.reason), day,
                ]),
        ]
    }

    func insertTelemetry(_ rows: [TelemetryRow]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("wave_telemetry")) (wave_id, phase, pass, round_trips, rows_read, rows_written, duration_us)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::int[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
            """,
            [
                rows.map(\.waveId), rows.map(\.phase.rawValue), rows.map(\.pass), rows.map(\.roundTrips),
                rows.map(\.rowsRead), rows.map(\.rowsWritten), rows.map(\.durationMicroseconds),
            ])
    }
}

/// One executed order line as stored.
struct ResultLine: Sendable {
    var idempotencyKey: String
    var status: String
    var quantity: Int64
    var unitPriceCents: Int64
    var spentCents: Int64
    var reason: String?
}
