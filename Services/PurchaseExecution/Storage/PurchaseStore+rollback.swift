import Postgres

/// What a rollback reversed for one wave: the payload of `wave.rolled_back`.
struct RollbackSummary: Sendable, Equatable {
    let waveId: String
    var reversedSales: Int64 = 0
    var restockedUnits: Int64 = 0
    var debitedCents: Int64 = 0
}

/// One wave to roll back, as requested.
struct RollbackRequest: Sendable {
    let waveId: String
    let requestedBy: String
    let reason: String
}

extension PurchaseStore {
    /// Round trip 1 of a rollback: the waves already rolled back (their recorded figures), the
    /// product and company locks in the global order, then every live sale of the waves marked
    /// reversed, returning what to undo.
    func rollbackLockStatements(waveIds: [String]) -> [PostgresStatement] {
        let live = { (column: String) in
            "SELECT \(column) FROM \(table("sale_records")) WHERE wave_id = ANY($1::text[]) AND reversed_at IS NULL"
        }
        return [
            PostgresStatement(
                """
                SELECT wave_id, reversed_sales, restocked_units, debited_cents FROM \(table("wave_rollbacks"))
                WHERE wave_id = ANY($1::text[])
                """, [waveIds]),
            PostgresStatement(
                "SELECT id FROM \(table("products")) WHERE id IN (\(live("product_id"))) ORDER BY id FOR UPDATE",
                [waveIds]),
            PostgresStatement(
                "SELECT id FROM \(table("companies")) WHERE id IN (\(live("company_id"))) ORDER BY id FOR UPDATE",
                [waveIds]),
            PostgresStatement(
                """
                UPDATE \(table("sale_records")) SET reversed_at = now()
                WHERE wave_id = ANY($1::text[]) AND reversed_at IS NULL
                RETURNING wave_id, product_id, company_id, quantity, spent_cents
                """, [waveIds]),
        ]
    }

    /// Round trip 2: restock (relative; unlimited stays unlimited), debit each company once per wave
    /// in the ledger and once in its balance, and record each wave's rollback. `units` and `debits`
    /// are sorted by id.
    func rollbackWriteStatements(
        units: [(String, Int64)], ledger: [(company: String, wave: String, cents: Int64)], debits: [(String, Int64)],
        rollbacks: [(RollbackRequest, RollbackSummary)]
    ) -> [PostgresStatement] {
        [
            PostgresStatement(
                """
                UPDATE \(table("products")) p
                SET stock = p.stock + u.units, total_sold = p.total_sold - u.units, stock_version = p.stock_version + 1
                FROM UNNEST($1::text[], $2::bigint[]) AS u(id, units)
                WHERE p.id = u.id
                RETURNING p.id, p.stock, p.total_sold, p.stock_version
                """, [units.map(\.0), units.map(\.1)]),
            PostgresStatement(
                """
                INSERT INTO \(table("balance_ledger")) (company_id, wave_id, kind, amount_cents)
                SELECT company, wave, 'ROLLBACK', -amount
                FROM UNNEST($1::text[], $2::text[], $3::bigint[]) AS u(company, wave, amount)
                """, [ledger.map(\.company), ledger.map(\.wave), ledger.map(\.cents)]),
            PostgresStatement(
                """
                UPDATE \(table("companies")) c SET balance_cents = c.balance_cents - u.amount
                FROM UNNEST($1::text[], $2::bigint[]) AS u(id, amount) WHERE c.id = u.id
                """, [debits.map(\.0), debits.map(\.1)]),
            PostgresStatement(
                """
                INSERT INTO \(table("wave_rollbacks"))
                  (wave_id, requested_by, reason, reversed_sales, restocked_units, debited_cents)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[])
                ON CONFLICT (wave_id) DO NOTHING
                """,
                [rollbacks.map(\.0.waveId), rollbacks.map(\.0.requestedBy), rollbacks.map(\.0.reason),
                 rollbacks.map(\.1.reversedSales), rollbacks.map(\.1.restockedUnits), rollbacks.map(\.1.debitedCents)]),
        ]
    }
}
