import Foundation
import Postgres

/// A seeded synthetic catalog: companies and products with log-uniform prices ($1…$60,000), some
/// inactive, archived or sold out, loaded with COPY in chunks so memory stays bounded.
struct CatalogGenerator {
    let products: Int
    let companies: Int
    let chunk = 50_000

    /// A tiny seeded generator (SplitMix64), so every run loads the same catalog.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992 }
    }

    /// COPYs the companies and products into `schema`; returns the round trips it took.
    func load(schema: String, on connection: PostgresConnection, now: Date) throws -> Int {
        let before = connection.roundTrips
        var random = Random(state: 42)
        let companyRows: [[any PostgresBindable]] = (0..<companies).map { index in
            ["c\(index)", Int64(1), "owner-\(index)", random.unit(), Int64(10_000_000 + Int(random.next() % 90_000_000)), "NONE", now]
        }
        _ = try connection.copy(
            into: "\(schema).company",
            columns: ["company_id", "version", "owner_id", "reputation", "balance_cents", "flagged_status", "updated_at"],
            rows: companyRows)
        let columns = [
            "product_id", "company_id", "version", "price_cents", "quality", "stock", "max_per_order", "is_active",
            "is_archived", "category", "created_at", "updated_at",
        ]
        var start = 0
        while start < products {
            let end = min(products, start + chunk)
            let rows: [[any PostgresBindable]] = (start..<end).map { index in
                let price = Int64(100 * pow(60_000, random.unit()))
                let stock: Int64? = random.unit() < 0.1 ? nil : Int64(random.next() % 500)
                let created = now.addingTimeInterval(-random.unit() * 90 * 86_400)
                return [
                    "p\(index)", "c\(Int(random.next() % UInt64(companies)))", Int64(1), price, random.unit(), stock,
                    Int64?.none, random.unit() > 0.03, random.unit() < 0.02, "cat-\(random.next() % 50)", created, created,
                ]
            }
            _ = try connection.copy(into: "\(schema).product", columns: columns, rows: rows)
            start = end
        }
        return connection.roundTrips - before
    }
}
