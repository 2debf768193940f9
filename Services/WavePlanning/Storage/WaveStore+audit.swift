import Postgres

extension WaveStore {
    /// The audit view of one wave (issue item 4): the wave, its orders, flags and telemetry.
    func audit(waveId: String) -> [PostgresStatement] {
        [
            PostgresStatement(
                """
                SELECT \(WaveRecord.columns), requested_by, spent_cents, retained_cents, stop_reason, started_at, completed_at
                FROM \(table("wave")) WHERE wave_id = $1
                """, [waveId]),
            PostgresStatement(
                """
                SELECT pass, plan_hash, batch_id, idempotency_key, product_id, company_id, quantity, unit_price_cents,
                  planned_spend_cents, status, executed_quantity, spent_cents, reason
                FROM \(table("wave_order")) WHERE wave_id = $1 ORDER BY pass, batch_id, product_id
                """, [waveId]),
            PostgresStatement(
                """
                SELECT entity_type, entity_id, reason, detail FROM \(table("review_item"))
                WHERE wave_id = $1 ORDER BY entity_type, entity_id, reason
                """, [waveId]),
            PostgresStatement(
                """
                SELECT phase, pass, round_trips, rows_read, rows_written, duration_us FROM \(table("wave_telemetry"))
                WHERE wave_id = $1 ORDER BY telemetry_id
                """, [waveId]),
        ]
    }

    /// One product's part of a wave: its plan explanation or exclusion, its ledger entry,
    /// reallocation steps and execution outcome, read out of the stored documents by key.
    func explain(waveId: String, productId: String) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT (p.plan -> 'explanations' -> $2)::text AS explanation,
              (SELECT e::text FROM jsonb_array_elements(p.plan -> 'exclusions') e WHERE e ->> 'productId' = $2 LIMIT 1)
                AS exclusion,
              (jsonb_path_query_first(w.ledger, '$.entries[*] ? (@.productId == $p)', jsonb_build_object('p', $2)))::text
                AS entry,
              (w.ledger -> 'reallocationSteps' -> $2)::text AS reallocation_steps,
              w.ledger -> 'executionExclusions' ->> $2 AS execution_outcome
            FROM \(table("wave_plan")) p JOIN \(table("wave")) w USING (wave_id)
            WHERE p.wave_id = $1
            """, [waveId, productId])
    }
}
