import Foundation
import Postgres
import WavePlanningDomain

extension WaveStore {
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
