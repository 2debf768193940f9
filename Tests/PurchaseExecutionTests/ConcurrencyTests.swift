import EventContracts
import Testing

/// Issue 7 §5: eight batch streams buying the same products at the same time, each in its own
/// transactions on its own connection, never oversell, and the money matches the sales.
@Suite struct ConcurrencyTests {
    static let products = 6
    static let initialStock: Int64 = 60

    @Test func eightConcurrentStreamsNeverOversellAndBalancesEqualSales() async throws {
        try await PurchaseTestDatabase.with(poolSize: 8) { db in
            try await db.apply(try (0..<Self.products).map { index in
                try Events.product("p\(index)", company: "c\(index % 3)", price: 1_000 + Int64(index), stock: Self.initialStock)
            })
            try await withThrowingTaskGroup(of: Void.self) { group in
                for stream in 0..<8 {
                    group.addTask {
                        for round in 0..<12 {
                            // Each batch: one company's products, in an order that differs per stream.
                            let company = (stream + round) % 3
                            let lines = (0..<Self.products).filter { $0 % 3 == company }.reversed().map { index in
                                Events.line(
                                    "p\(index)", quantity: Int64(1 + (stream + index + round) % 5), price: 1_000 + Int64(index),
                                    key: "s\(stream):r\(round):p\(index)")
                            }
                            try await db.apply([
                                try Events.batch(lines, wave: "w\(stream)", batchId: "s\(stream):r\(round)", company: "c\(company)"),
                            ])
                        }
                    }
                }
                try await group.waitForAll()
            }
            let sold = try await db.number("SELECT coalesce(sum(quantity), 0)::bigint FROM \(db.schema).sale_records")
            let remaining = try await db.number("SELECT sum(stock)::bigint FROM \(db.schema).products")
            let negative = try await db.number("SELECT count(*) FROM \(db.schema).products WHERE stock < 0")
            let totalSold = try await db.number("SELECT sum(total_sold)::bigint FROM \(db.schema).products")
            #expect(negative == 0)
            #expect(sold == Int64(Self.products) * Self.initialStock - remaining)
            #expect(totalSold == sold)
            // The demand (8 × 12 batches of up to 5 units) exceeds the stock: some items ran short.
            #expect(remaining < 20)
            let spent = try await db.number("SELECT sum(spent_cents)::bigint FROM \(db.schema).sale_records")
            let balances = try await db.number("SELECT sum(balance_cents)::bigint FROM \(db.schema).companies")
            let ledger = try await db.number("SELECT sum(amount_cents)::bigint FROM \(db.schema).balance_ledger")
            #expect(balances == spent && ledger == spent)
            let perProduct = try await db.number(
                """
                SELECT count(*) FROM \(db.schema).products p
                WHERE p.total_sold <> (SELECT coalesce(sum(quantity), 0) FROM \(db.schema).sale_records s WHERE s.product_id = p.id)
                """)
            #expect(perProduct == 0)
        }
    }
}
