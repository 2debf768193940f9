import EventContracts
import Testing

/// How the catalog's absolute, versioned stock and relative purchases combine (the migration's header).
@Suite struct CatalogStockTests {
    @Test func newerCatalogStockReplacesStaleIsIgnoredPurchasesDecrementWhateverIsCurrent() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1", version: 3, stock: 10)])
            try await db.apply([try Events.batch([Events.line("p1", quantity: 4, key: "k1")])])
            #expect(try await db.stock("p1") == (6, 4))
            // An older and an equal version (late or redelivered) change nothing, not even the price.
            try await db.apply([try Events.product("p1", version: 2, price: 1, stock: 50),
                                try Events.product("p1", version: 3, price: 1, stock: 50)])
            #expect(try await db.stock("p1") == (6, 4))
            #expect(try await db.number("SELECT price_cents FROM \(db.schema).products WHERE id = 'p1'") == 10_000)
            // A newer version states the whole inventory: it replaces the stock; total sold stays.
            try await db.apply([try Events.product("p1", version: 4, stock: 20)])
            #expect(try await db.stock("p1") == (20, 4))
            // The next purchase is relative to the replaced value.
            let emitted = try await db.apply([try Events.batch([Events.line("p1", quantity: 5, key: "k2")], batchId: "b2")])
            #expect(try await db.stock("p1") == (15, 9))
            // product.stock.changed carries a version that grew with every applied change:
            // insert 1, purchase 2, catalog v4 3, purchase 4.
            #expect(try Events.emitted(ProductStockChanged.self, in: emitted).map(\.version) == [4])
            // A negative catalog stock is 0; null is unlimited and stays so through purchases.
            try await db.apply([try Events.product("p1", version: 5, stock: -3)])
            #expect(try await db.stock("p1") == (0, 9))
            try await db.apply([try Events.product("p1", version: 6, stock: nil)])
            try await db.apply([try Events.batch([Events.line("p1", quantity: 500, key: "k3")], batchId: "b3")])
            #expect(try await db.stock("p1") == (nil, 509))
        }
    }

    @Test func companyCatalogBalanceNeverMixesWithTheLedger() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1"), try Events.batch([Events.line("p1", quantity: 1)])])
            #expect(try await db.balance("acme") == 10_000)
            // The company's catalog record arrives after its first sale: it adds facts, not money.
            try await db.apply([try Events.company("acme", version: 2)])
            #expect(try await db.balance("acme") == 10_000)
            #expect(try await db.number("SELECT catalog_balance_cents FROM \(db.schema).companies WHERE id = 'acme'") == 1_000_000)
        }
    }
}
