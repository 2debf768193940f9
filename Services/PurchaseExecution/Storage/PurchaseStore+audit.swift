import Foundation
import Postgres

/// One sale of a wave as the audit endpoint lists it.
struct SaleRecord: Sendable, Equatable, Codable {
    let idempotencyKey: String
    let pass: Int64
    let batchId: String
    let companyId: String
    let productId: String
    let buyerId: String
    let status: String
    let quantity: Int64
    let unitPriceCents: Int64
    let spentCents: Int64
    let soldAt: Date
    let reversedAt: Date?
}

extension PurchaseStore {
    /// Every sale of a wave in execution order (pass, batch, key), reversed ones included.
    func sales(ofWave waveId: String) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT idempotency_key, pass, batch_id, company_id, product_id, buyer_id, status, quantity,
                   unit_price_cents, spent_cents, sold_at, reversed_at
            FROM \(table("sale_records")) WHERE wave_id = $1 ORDER BY pass, batch_id, idempotency_key
            """, [waveId])
    }

    func decodeSales(_ rows: PostgresRows) throws -> [SaleRecord] {
        try rows.map { row in
            SaleRecord(
                idempotencyKey: try row.decode(0), pass: try row.decode(1), batchId: try row.decode(2),
                companyId: try row.decode(3), productId: try row.decode(4), buyerId: try row.decode(5),
                status: try row.decode(6), quantity: try row.decode(7), unitPriceCents: try row.decode(8),
                spentCents: try row.decode(9), soldAt: try row.decode(10), reversedAt: try row.decode(11, as: Date?.self))
        }
    }
}
