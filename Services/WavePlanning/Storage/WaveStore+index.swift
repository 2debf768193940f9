import Foundation
import Postgres
import WavePlanningDomain

/// The numbers the index job needs from the configuration.
struct IndexParameters: Sendable {
    var size: Int64
    var seed: String
    var hardPriceCapCents: Int64
    var listingsKeptPerSignature: Int64
    var spamGroupSize: Int64
    var spamWindowSeconds: Int64

    init(size: Int64, config: WaveConfig) {
        self.size = size
        // The index is built before any wave id exists; the wave re-samples with its own seed (D000-04).
        seed = config.seed.flatMap { $0.isEmpty ? nil : $0 } ?? "candidate-index"
        hardPriceCapCents = config.hardPriceCapCents
        listingsKeptPerSignature = Int64(config.listingsKeptPerSignature)
        spamGroupSize = Int64(config.spamGroupSize)
        spamWindowSeconds = config.spamWindowSeconds
    }
}

extension WaveStore {
    /// Whether the index job may run now: it holds the index lock and no wave is executing. A wave
    /// executing for longer than `stalledAfterSeconds` (its partner never answered) stops blocking,
    /// so one stuck wave cannot freeze the index forever.
    func claimIndexBuild(stalledAfterSeconds: Int) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT pg_try_advisory_xact_lock(hashtext($1))
              AND NOT EXISTS (
                SELECT 1 FROM \(table("wave"))
                WHERE status <> 'done' AND started_at > now() - make_interval(secs => $2)
              ) AS claimed
            """, [indexLockKey, Double(stalledAfterSeconds)])
    }

    /// Rebuilds the candidate index, the price summaries and the index state (one pipeline).
    ///
    /// Product-level prefilter of D000-02 (active, price within (0, cap], stock > 0), then
    /// de-duplication by signature keeping the oldest listings (D000-20), then the seeded sample of
    /// D000-04 (`seededUnit` is the top 53 bits of SHA-256, computed in SQL exactly as in Swift).
    func rebuildIndex(_ p: IndexParameters, now: Date) -> [PostgresStatement] {
        let signature = "company_id, category, price_cents, floor(quality * 100 + 0.5 + 1e-9)"
        return [
            PostgresStatement("DELETE FROM \(table("candidate_index"))"),
            PostgresStatement(
                """
                WITH sales AS (
                  SELECT product_id, sum(units)::bigint AS units FROM \(table("sales_day"))
                  WHERE day > ($1::timestamptz AT TIME ZONE 'UTC')::date - 7 GROUP BY product_id
                ), eligible AS (
                  SELECT p.product_id, p.company_id, p.price_cents, p.quality,
                    CASE WHEN s.observed_at > p.updated_at THEN s.stock ELSE p.stock END AS stock,
                    p.max_per_order, p.category, p.created_at, p.updated_at, p.previous_price_cents,
                    p.price_changed_at, COALESCE(sales.units, 0) AS recent_sales_7d
                  FROM \(table("product")) p
                  LEFT JOIN \(table("product_stock")) s USING (product_id)
                  LEFT JOIN sales USING (product_id)
                  WHERE p.is_active AND NOT p.is_archived AND p.price_cents > 0 AND p.price_cents <= $2
                ), ranked AS (
                  SELECT e.*,
                    row_number() OVER (PARTITION BY \(signature) ORDER BY created_at, product_id COLLATE "C") AS rank,
                    count(*) FILTER (WHERE created_at > $1::timestamptz - make_interval(secs => $5))
                      OVER (PARTITION BY \(signature)) AS recent_in_signature
                  FROM eligible e WHERE stock IS NULL OR stock > 0
                ), spam AS (
                  SELECT DISTINCT company_id FROM ranked WHERE recent_in_signature >= $4
                )
                INSERT INTO \(table("candidate_index")) (product_id, company_id, price_cents, quality, stock,
                  max_per_order, category, created_at, updated_at, previous_price_cents, price_changed_at,
                  recent_sales_7d, company_spamming)
                SELECT product_id, company_id, price_cents, quality, stock, max_per_order, category, created_at,
                  updated_at, previous_price_cents, price_changed_at, recent_sales_7d,
                  company_id IN (SELECT company_id FROM spam)
                FROM ranked WHERE rank <= $3
                ORDER BY (('x' || substr(encode(sha256(convert_to($6 || ':' || product_id || ':sample', 'UTF8')), 'hex'), 1, 16))::bit(64) >> 11)::bigint,
                  product_id COLLATE "C"
                LIMIT $7
                """,
                [now, p.hardPriceCapCents, p.listingsKeptPerSignature, p.spamGroupSize, Double(p.spamWindowSeconds), p.seed, p.size]),
            PostgresStatement("DELETE FROM \(table("price_summary"))"),
            PostgresStatement(
                """
                INSERT INTO \(table("price_summary")) (category, products, median_price_cents, median_log_price,
                  std_log_price, built_at)
                SELECT COALESCE(category, ''), count(*),
                  percentile_disc(0.5) WITHIN GROUP (ORDER BY price_cents),
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY ln(price_cents + 1)),
                  COALESCE(stddev_pop(ln(price_cents + 1)), 0), $1
                FROM \(table("candidate_index")) GROUP BY 1
                """, [now]),
            PostgresStatement(
                """
                INSERT INTO \(table("candidate_index_state")) (id, built_at, rows, catalog_rows)
                SELECT true, $1, (SELECT count(*) FROM \(table("candidate_index"))), (SELECT count(*) FROM \(table("product")))
                ON CONFLICT (id) DO UPDATE SET built_at = EXCLUDED.built_at, rows = EXCLUDED.rows,
                  catalog_rows = EXCLUDED.catalog_rows
                """, [now]),
        ]
    }

    /// The whole candidate set of a wave in one query over the index (no catalog scan), with each
    /// row's company facts, self-sell link and blacklist marks; empty when the wave already exists.
    func readCandidates(waveId: String) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT i.product_id, i.company_id, i.price_cents, i.quality, i.stock, i.max_per_order, i.category,
              floor(extract(epoch FROM i.created_at))::bigint AS created_at,
              floor(extract(epoch FROM i.updated_at))::bigint AS updated_at,
              i.recent_sales_7d, i.previous_price_cents,
              floor(extract(epoch FROM i.price_changed_at))::bigint AS price_changed_at,
              i.company_spamming, bp.entity_id IS NOT NULL AS product_blacklisted,
              c.company_id IS NOT NULL AS company_known, c.reputation, c.balance_cents, c.flagged_status,
              bc.entity_id IS NOT NULL AS company_blacklisted, r.refund_rate,
              EXISTS (SELECT 1 FROM \(table("buyer_link")) b WHERE b.company_id = i.company_id) AS self_sell
            FROM \(table("candidate_index")) i
            LEFT JOIN \(table("company")) c ON c.company_id = i.company_id
            LEFT JOIN \(table("company_refund")) r ON r.company_id = i.company_id
            LEFT JOIN \(table("blacklist")) bp ON bp.entity_type = 'PRODUCT' AND bp.entity_id = i.product_id
            LEFT JOIN \(table("blacklist")) bc ON bc.entity_type = 'COMPANY' AND bc.entity_id = i.company_id
            WHERE NOT EXISTS (SELECT 1 FROM \(table("wave")) w WHERE w.wave_id = $1)
            """, [waveId])
    }
}
