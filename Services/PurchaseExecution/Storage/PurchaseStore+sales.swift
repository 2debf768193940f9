import Postgres

/// A product's stock after a transaction: the payload of `product.stock.changed`.
struct StockState: Sendable, Equatable {
    let productId: String
    let stockAvailable: Int64?
    let totalSold: Int64
    let version: Int64
}

extension PurchaseStore {
    /// One pipeline (one round trip) of the batch transaction's writes (D000-34 steps 3-6): the
    /// conditional stock decrement and `total_sold` (returning the new stock), the sale records (a
    /// plain INSERT: a key that raced in makes the transaction fail and retry, never apply twice), the
    /// ledger credits, one balance update per company, one telemetry row per batch.
    func saleStatements(_ writes: BatchWrites) -> [PostgresStatement] {
        [
            PostgresStatement(
                """
                UPDATE \(table("products")) p
                SET stock = p.stock - u.units, total_sold = p.total_sold + u.units, stock_version = p.stock_version + 1
                FROM UNNEST($1::text[], $2::bigint[]) AS u(id, units)
                WHERE p.id = u.id AND (p.stock IS NULL OR p.stock >= u.units)
                RETURNING p.id, p.stock, p.total_sold, p.stock_version
                """, [writes.productIds, writes.productUnits]),
            PostgresStatement(
                """
                INSERT INTO \(table("sale_records"))
                  (idempotency_key, wave_id, pass, batch_id, company_id, product_id, buyer_id, status, quantity,
                   unit_price_cents, spent_cents)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
                                     $8::text[], $9::bigint[], $10::bigint[], $11::bigint[])
                """,
                [writes.saleKeys, writes.saleWaves, writes.salePasses, writes.saleBatches, writes.saleCompanies,
                 writes.saleProducts, writes.saleBuyers, writes.saleStatuses, writes.saleQuantities, writes.salePrices,
                 writes.saleSpent]),
            PostgresStatement(
                """
                INSERT INTO \(table("balance_ledger")) (company_id, wave_id, batch_id, kind, amount_cents)
                SELECT company, wave, batch, 'SALE', amount
                FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(company, wave, batch, amount)
                """, [writes.ledgerCompanies, writes.ledgerWaves, writes.ledgerBatches, writes.ledgerAmounts]),
            PostgresStatement(
                """
                INSERT INTO \(table("companies")) (id, balance_cents)
                SELECT * FROM UNNEST($1::text[], $2::bigint[]) AS u(id, amount) ORDER BY id
                ON CONFLICT (id) DO UPDATE SET balance_cents = companies.balance_cents + EXCLUDED.balance_cents
                """, [writes.balanceCompanies, writes.balanceAmounts]),
            PostgresStatement(
                """
                INSERT INTO \(table("batch_telemetry")) (wave_id, batch_id, pass, company_id, spent_cents, items)
                SELECT wave, batch, pass, company, spent, items::jsonb
                FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::text[], $5::bigint[], $6::text[])
                  AS u(wave, batch, pass, company, spent, items)
                ON CONFLICT (wave_id, batch_id) DO NOTHING
                """,
                [writes.telemetryWaves, writes.telemetryBatches, writes.telemetryPasses, writes.telemetryCompanies,
                 writes.telemetrySpent, writes.telemetryItems]),
        ]
    }

    /// The products' new stock from the decrement's RETURNING rows.
    func decodeStock(_ rows: PostgresRows) throws -> [StockState] {
        try rows.map { row in
            StockState(
                productId: try row.decode(0), stockAvailable: try row.decode(1, as: Int64?.self),
                totalSold: try row.decode(2), version: try row.decode(3))
        }
    }
}
