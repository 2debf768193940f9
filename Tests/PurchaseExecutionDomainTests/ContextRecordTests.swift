import Testing
import PurchaseExecutionDomain

/// Several batches in one transaction: each sees the stock and keys the earlier ones left.
@Suite struct ContextRecordTests {
    @Test func recordCarriesStockAndAppliedKeysToTheNextBatch() throws {
        var context = ExecutionContext(products: [BatchFixture.product("p", stock: 8), BatchFixture.product("u", stock: nil)])
        let first = try executeBatch(
            BatchFixture.batch([BatchFixture.item("p", quantity: 6, key: "k1"), BatchFixture.item("u", quantity: 3, key: "k2")]),
            context: context)
        context.record(first)
        #expect(context.products["p"]?.stockAvailable == 2)
        #expect(context.products["u"]?.stockAvailable == nil)
        #expect(context.appliedKeys == ["k1", "k2"])
        let second = try executeBatch(
            BatchFixture.batch([BatchFixture.item("p", quantity: 6, key: "k1"), BatchFixture.item("p", quantity: 6, key: "k3")]),
            context: context)
        #expect(second.items.map(\.status) == [.duplicate, .partial])
        #expect(second.items.map(\.quantity) == [0, 2])
    }

    @Test func rejectedItemsLeaveNoKeyBehind() throws {
        var context = ExecutionContext(products: [BatchFixture.product("p", price: 20_000)])
        context.record(try executeBatch(BatchFixture.batch([BatchFixture.item("p", key: "k")]), context: context))
        #expect(context.appliedKeys.isEmpty)
        #expect(context.products["p"]?.stockAvailable == 100)
    }

    @Test func rolledBackWaveRejectsEveryNewItemButDuplicatesStayDuplicates() throws {
        let context = ExecutionContext(products: [BatchFixture.product("p")], appliedKeys: ["old"], rolledBackWaves: ["w"])
        let result = try executeBatch(
            BatchFixture.batch([BatchFixture.item("p", key: "old"), BatchFixture.item("p", key: "new")]), context: context)
        #expect(result.items.map(\.status) == [.duplicate, .rejected])
        #expect(result.items.map(\.reason) == [.duplicate, .waveRolledBack])
        #expect(result.spentCents == 0 && result.soldUnits.isEmpty)
    }
}
