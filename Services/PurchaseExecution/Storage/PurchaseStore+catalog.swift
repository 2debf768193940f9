import Postgres

extension PurchaseStore {
    /// The upserts of a run of catalog events, for one pipeline.
    ///
    /// Products and companies follow the versioned rule of the migration's header: a newer
    /// `version` replaces the row (for a product: price, stock, flags; `stock_version` + 1), an equal
    /// or older one changes nothing. Purchases never touch these columns' versions.
    func catalogStatements(_ rows: CatalogRows) -> [PostgresStatement] {
        var statements: [PostgresStatement] = []
        let products = rows.sortedProducts
        if !products.isEmpty {
            statements.append(PostgresStatement(
                """
                INSERT INTO \(table("products"))
                  (id, company_id, price_cents, stock, is_active, is_archived, catalog_version)
                SELECT id, company, price, CASE WHEN stock < 0 THEN 0 ELSE stock END, active, archived, version
                FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bool[], $6::bool[], $7::bigint[])
                  AS u(id, company, price, stock, active, archived, version)
                ORDER BY id
                ON CONFLICT (id) DO UPDATE SET
                  company_id = EXCLUDED.company_id, price_cents = EXCLUDED.price_cents, stock = EXCLUDED.stock,
                  is_active = EXCLUDED.is_active, is_archived = EXCLUDED.is_archived,
                  catalog_version = EXCLUDED.catalog_version, stock_version = products.stock_version + 1
                WHERE EXCLUDED.catalog_version > products.catalog_version
                """,
                [products.map(\.productId), products.map(\.companyId), products.map(\.priceCents),
                 products.map(\.stockAvailable), products.map(\.isActive), products.map(\.isArchived),
                 products.map(\.version)]))
        }
        let companies = rows.sortedCompanies
        if !companies.isEmpty {
            statements.append(PostgresStatement(
                """
                INSERT INTO \(table("companies"))
                  (id, owner_id, flagged_status, catalog_balance_cents, catalog_version)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[])
                  AS u(id, owner, flagged, balance, version)
                ORDER BY id
                ON CONFLICT (id) DO UPDATE SET
                  owner_id = EXCLUDED.owner_id, flagged_status = EXCLUDED.flagged_status,
                  catalog_balance_cents = EXCLUDED.catalog_balance_cents, catalog_version = EXCLUDED.catalog_version
                WHERE companies.catalog_version IS NULL OR EXCLUDED.catalog_version > companies.catalog_version
                """,
                [companies.map(\.companyId), companies.map(\.ownerId), companies.map(\.flaggedStatus.rawValue),
                 companies.map(\.balanceCents), companies.map(\.version)]))
        }
        let links = rows.sortedLinks
        if !links.isEmpty {
            statements.append(PostgresStatement(
                """
                INSERT INTO \(table("buyer_links")) (buyer_id, company_id, owner_id)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[])
                ON CONFLICT (buyer_id, company_id) DO UPDATE SET owner_id = EXCLUDED.owner_id
                """,
                [links.map(\.buyerId), links.map(\.companyId), links.map(\.ownerId)]))
        }
        return statements
    }
}
