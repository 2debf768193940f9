import EventContracts
import Foundation
import Postgres

extension WaveStore {
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
