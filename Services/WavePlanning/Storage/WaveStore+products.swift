import EventContracts
import Foundation
import Postgres

extension WaveStore {
    /// Products, one multi-row versioned upsert: an older or equal version leaves the row alone. A
    /// new price moves the old one to `previous_price_cents` and appends to `price_change` (D000-19);
    /// a change between two versions of one batch arrives as ``ProductUpsert/batchPreviousPriceCents``.
    func upsertProducts(_ upserts: [ProductUpsert]) -> PostgresStatement {
        let products = upserts.map(\.product)
        return PostgresStatement(
            """
            WITH incoming AS (
              SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::float8[], $6::bigint[],
                $7::bigint[], $8::bool[], $9::bool[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::bigint[],
                $14::timestamptz[])
                AS u(product_id, company_id, version, price_cents, quality, stock, max_per_order, is_active, is_archived,
                  category, created_at, updated_at, previous_price_cents, price_since)
            ), upserted AS (
              INSERT INTO \(table("product")) AS t (product_id, company_id, version, price_cents, quality, stock,
                max_per_order, is_active, is_archived, category, created_at, updated_at, previous_price_cents,
                price_changed_at)
              SELECT product_id, company_id, version, price_cents, quality, stock, max_per_order, is_active, is_archived,
                category, created_at, updated_at, previous_price_cents, price_since FROM incoming
              ON CONFLICT (product_id) DO UPDATE SET
                company_id = EXCLUDED.company_id, version = EXCLUDED.version, price_cents = EXCLUDED.price_cents,
                quality = EXCLUDED.quality, stock = EXCLUDED.stock, max_per_order = EXCLUDED.max_per_order,
                is_active = EXCLUDED.is_active, is_archived = EXCLUDED.is_archived, category = EXCLUDED.category,
                created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
                previous_price_cents = CASE WHEN EXCLUDED.previous_price_cents IS NOT NULL THEN EXCLUDED.previous_price_cents
                  WHEN t.price_cents <> EXCLUDED.price_cents THEN t.price_cents ELSE t.previous_price_cents END,
                price_changed_at = CASE WHEN EXCLUDED.previous_price_cents IS NOT NULL OR t.price_cents <> EXCLUDED.price_cents
                  THEN EXCLUDED.price_changed_at ELSE t.price_changed_at END
              WHERE t.version < EXCLUDED.version
              RETURNING product_id, price_cents, previous_price_cents, price_changed_at
            )
            INSERT INTO \(table("price_change")) (product_id, previous_price_cents, price_cents, changed_at)
            SELECT u.product_id, u.previous_price_cents, u.price_cents, u.price_changed_at
            FROM upserted u JOIN incoming i USING (product_id)
            WHERE u.previous_price_cents IS NOT NULL AND u.price_changed_at = i.price_since
            ON CONFLICT DO NOTHING
            """,
            [
                products.map(\.productId), products.map(\.companyId), products.map(\.version), products.map(\.priceCents),
                products.map(\.qualityRating), products.map(\.stockAvailable), products.map(\.maxPerOrder),
                products.map(\.isActive), products.map(\.isArchived), products.map(\.category), products.map(\.createdAt),
                products.map(\.updatedAt), upserts.map(\.batchPreviousPriceCents), upserts.map(\.priceSince),
            ])
    }
}

/// The latest version of a product within one batch, with the price change the batch itself made.
struct ProductUpsert: Sendable {
    var product: CatalogProductUpserted
    /// The price of an earlier version in the same batch, when the latest changed it.
    var batchPreviousPriceCents: Int64?
    /// When the latest price took effect (the `updatedAt` of the version that set it).
    var priceSince: Date

    init(_ product: CatalogProductUpserted) {
        self.product = product
        batchPreviousPriceCents = nil
        priceSince = product.updatedAt
    }

    /// `newer` supersedes this one; a price change between them is kept for the history.
    func superseded(by newer: CatalogProductUpserted) -> ProductUpsert {
        var next = self
        next.product = newer
        if newer.priceCents != product.priceCents {
            next.batchPreviousPriceCents = product.priceCents
            next.priceSince = newer.updatedAt
        }
        return next
    }
}
