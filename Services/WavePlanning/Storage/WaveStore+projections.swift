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

    /// Companies, versioned like products.
    func upsertCompanies(_ companies: [CatalogCompanyUpserted], at time: [Date]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("company")) AS t (company_id, version, owner_id, reputation, balance_cents,
              flagged_status, updated_at)
            SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::float8[], $5::bigint[], $6::text[],
              $7::timestamptz[])
            ON CONFLICT (company_id) DO UPDATE SET
              version = EXCLUDED.version, owner_id = EXCLUDED.owner_id, reputation = EXCLUDED.reputation,
              balance_cents = EXCLUDED.balance_cents, flagged_status = EXCLUDED.flagged_status,
              updated_at = EXCLUDED.updated_at
            WHERE t.version < EXCLUDED.version
            """,
            [
                companies.map(\.companyId), companies.map(\.version), companies.map(\.ownerId),
                companies.map(\.reputationScore), companies.map(\.balanceCents), companies.map(\.flaggedStatus.rawValue), time,
            ])
    }

    func insertBuyerLinks(_ links: [BuyerLinked], at time: [Date]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("buyer_link")) (buyer_id, company_id, owner_id, linked_at)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::timestamptz[])
            ON CONFLICT DO NOTHING
            """,
            [links.map(\.buyerId), links.map(\.companyId), links.map(\.ownerId), time])
    }

    /// Refund rates carry no version: the report's event time orders them.
    func upsertRefunds(_ reports: [CompanyRefundsReported], at time: [Date]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("company_refund")) AS t (company_id, refund_rate, window_days, reported_at)
            SELECT * FROM UNNEST($1::text[], $2::float8[], $3::bigint[], $4::timestamptz[])
            ON CONFLICT (company_id) DO UPDATE SET
              refund_rate = EXCLUDED.refund_rate, window_days = EXCLUDED.window_days, reported_at = EXCLUDED.reported_at
            WHERE t.reported_at <= EXCLUDED.reported_at
            """,
            [reports.map(\.companyId), reports.map(\.refundRate), reports.map(\.windowDays), time])
    }

    /// Stock after sales (versioned); the growth of `totalSold` beyond what was already counted
    /// goes into today's sales bucket, so sales from every channel feed `recentSales7d`. A product's
    /// first report is its baseline (its history before this service is not "recent").
    func applyStockChanges(_ changes: [ProductStockChanged], at time: [Date]) -> PostgresStatement {
        PostgresStatement(
            """
            WITH incoming AS (
              SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::timestamptz[])
                AS u(product_id, version, stock, total_sold, observed_at)
            ), before AS (
              SELECT s.product_id, s.sold_counted FROM \(table("product_stock")) s JOIN incoming USING (product_id)
            ), upserted AS (
              INSERT INTO \(table("product_stock")) AS t (product_id, version, stock, total_sold, sold_counted, observed_at)
              SELECT product_id, version, stock, total_sold, total_sold, observed_at FROM incoming
              ON CONFLICT (product_id) DO UPDATE SET
                version = EXCLUDED.version, stock = EXCLUDED.stock, total_sold = EXCLUDED.total_sold,
                sold_counted = GREATEST(t.sold_counted, EXCLUDED.total_sold), observed_at = EXCLUDED.observed_at
              WHERE t.version < EXCLUDED.version
              RETURNING product_id, total_sold, observed_at
            )
            INSERT INTO \(table("sales_day")) AS d (product_id, day, units)
            SELECT u.product_id, (u.observed_at AT TIME ZONE 'UTC')::date, u.total_sold - b.sold_counted
            FROM upserted u JOIN before b USING (product_id)
            WHERE u.total_sold > b.sold_counted
            ON CONFLICT (product_id, day) DO UPDATE SET units = d.units + EXCLUDED.units
            """,
            [changes.map(\.productId), changes.map(\.version), changes.map(\.stockAvailable), changes.map(\.totalSold), time])
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
