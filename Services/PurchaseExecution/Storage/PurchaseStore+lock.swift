import Postgres
import PurchaseExecutionDomain

/// What the batch transaction's first round trip asks for: the ids the batches mention.
struct LockRequest: Sendable {
    var productIds: [String]
    var idempotencyKeys: [String]
    var buyerIds: [String]
    var companyIds: [String]
    var waveIds: [String]
}

extension PurchaseStore {
    /// One pipeline (one round trip): lock the products in id order (D000-34 step 1), read the keys
    /// already sold, the buyer links to the batches' companies (directly, or through the company's
    /// owner) and the waves already rolled back. The reads follow the lock, so they see everything a
    /// transaction that held these products before committed.
    func lockStatements(_ request: LockRequest) -> [PostgresStatement] {
        [
            PostgresStatement(
                """
                SELECT id, company_id, price_cents, stock, is_active, is_archived FROM \(table("products"))
                WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE
                """, [request.productIds]),
            PostgresStatement(
                "SELECT idempotency_key FROM \(table("sale_records")) WHERE idempotency_key = ANY($1::text[])",
                [request.idempotencyKeys]),
            PostgresStatement(
                """
                SELECT buyer_id, company_id FROM \(table("buyer_links"))
                WHERE buyer_id = ANY($1::text[]) AND company_id = ANY($2::text[])
                UNION
                SELECT l.buyer_id, c.id FROM \(table("buyer_links")) l JOIN \(table("companies")) c ON c.owner_id = l.owner_id
                WHERE l.buyer_id = ANY($1::text[]) AND c.id = ANY($2::text[])
                """, [request.buyerIds, request.companyIds]),
            PostgresStatement(
                "SELECT wave_id FROM \(table("wave_rollbacks")) WHERE wave_id = ANY($1::text[])", [request.waveIds]),
        ]
    }

    /// The verification context from the pipeline's four results.
    func decodeContext(_ results: [PostgresRows], rules: ExecutionRules) throws -> ExecutionContext {
        guard results.count == 4 else { throw UnexpectedResultCount(expected: 4, actual: results.count) }
        var products: [VerifiedProduct] = []
        products.reserveCapacity(results[0].count)
        for row in results[0] {
            products.append(VerifiedProduct(
                productId: try row.decode(0), companyId: try row.decode(1), priceCents: try row.decode(2),
                stockAvailable: try row.decode(3, as: Int64?.self), isActive: try row.decode(4), isArchived: try row.decode(5)))
        }
        var applied = Set<String>(minimumCapacity: results[1].count)
        for row in results[1] { applied.insert(try row.decode(0)) }
        var links: [String: Set<String>] = [:]
        for row in results[2] { links[try row.decode(0, as: String.self), default: []].insert(try row.decode(1)) }
        var rolledBack = Set<String>()
        for row in results[3] { rolledBack.insert(try row.decode(0)) }
        return ExecutionContext(
            products: products, buyerLinks: links, appliedKeys: applied, rolledBackWaves: rolledBack, rules: rules)
    }
}

/// A pipeline came back with another number of results than statements: a programming error.
struct UnexpectedResultCount: Error, CustomStringConvertible {
    let expected: Int
    let actual: Int
    var description: String { "expected \(expected) statement results, got \(actual)" }
}
