import EventContracts
import Testing

@Suite struct RollbackTests {
    @Test func rollbackRestoresStockAndBalancesExactlyAndTwiceIsOnce() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([
                try Events.product("p1", stock: 50), try Events.product("p2", company: "beta", price: 700, stock: nil),
                try Events.batch([Events.line("p1", quantity: 5, wave: "other")], wave: "other", batchId: "o1"),
            ])
            let before = (p1: try await db.stock("p1"), p2: try await db.stock("p2"), acme: try await db.balance("acme"),
                          beta: try await db.balance("beta"))
            try await db.apply([
                try Events.batch([Events.line("p1", quantity: 4)], batchId: "b1"),
                try Events.batch([Events.line("p2", quantity: 6, price: 700)], batchId: "b2", company: "beta"),
            ])
            try await db.apply([try Events.batch([Events.line("p1", quantity: 3, key: "w1:h2:p1")], batchId: "b3")])
            #expect(try await db.stock("p1") == (38, 12))

            let first = try await db.apply([try Events.rollback("w1")])
            let rolled = try #require(try Events.emitted(WaveRolledBack.self, in: first).first)
            #expect(rolled.reversedSales == 3 && rolled.restockedUnits == 13 && rolled.debitedCents == 70_000 + 4_200)
            #expect(try await db.stock("p1") == before.p1)
            #expect(try await db.stock("p2") == before.p2)
            #expect(try await db.balance("acme") == before.acme)
            #expect(try await db.balance("beta") == before.beta)
            #expect(try Events.emitted(ProductStockChanged.self, in: first).map(\.productId).sorted() == ["p1", "p2"])

            let second = try await db.apply([try Events.rollback("w1"), try Events.rollback("w1")])
            #expect(try Events.emitted(WaveRolledBack.self, in: second) == [rolled])
            #expect(try Events.emitted(ProductStockChanged.self, in: second).isEmpty)
            #expect(try await db.stock("p1") == before.p1)
            #expect(try await db.balance("acme") == before.acme)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).sale_records WHERE reversed_at IS NOT NULL") == 3)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).balance_ledger WHERE kind = 'ROLLBACK'") == 2)

            // A batch of the rolled-back wave arriving late buys nothing.
            let late = try await db.apply([try Events.batch([Events.line("p1", quantity: 1, key: "w1:h3:p1")], batchId: "b4")])
            #expect(try Events.emitted(PurchaseBatchExecuted.self, in: late).first?.items.first?.reason == "wave_rolled_back")
            #expect(try await db.stock("p1") == before.p1)
        }
    }

    @Test func rollbackOfAWaveWithoutSalesIsRecordedAndEmitsZeros() async throws {
        try await PurchaseTestDatabase.with { db in
            let emitted = try await db.apply([try Events.rollback("empty")])
            #expect(try Events.emitted(WaveRolledBack.self, in: emitted)
                == [WaveRolledBack(waveId: "empty", reversedSales: 0, restockedUnits: 0, debitedCents: 0)])
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).wave_rollbacks") == 1)
        }
    }
}
