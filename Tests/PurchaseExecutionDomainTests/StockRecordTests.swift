import Testing
import PurchaseExecutionDomain

@Suite struct StockRecordTests {
    @Test func newerCatalogVersionReplacesOlderIsIgnored() {
        var record = StockRecord(catalogVersion: 3, stockAvailable: 10)
        let applied1 = record.applyPurchase(units: 4)
        #expect(applied1)
        #expect(record.stockAvailable == 6 && record.totalSold == 4)
        let applied2 = record.applyCatalogUpdate(version: 3, stockAvailable: 50)
        #expect(!applied2)
        let applied3 = record.applyCatalogUpdate(version: 2, stockAvailable: 50)
        #expect(!applied3)
        #expect(record.stockAvailable == 6)
        let applied4 = record.applyCatalogUpdate(version: 4, stockAvailable: 20)
        #expect(applied4)
        #expect(record.stockAvailable == 20 && record.catalogVersion == 4 && record.totalSold == 4)
        #expect(record.changeSequence == 2)
    }

    @Test func purchasesAreRelativeAndNeverOversell() {
        var record = StockRecord(catalogVersion: 1, stockAvailable: 5)
        let applied5 = record.applyPurchase(units: 6)
        #expect(!applied5)
        #expect(record.stockAvailable == 5 && record.totalSold == 0)
        let applied6 = record.applyPurchase(units: 5)
        #expect(applied6)
        #expect(record.stockAvailable == 0)
        let applied7 = record.applyPurchase(units: 1)
        #expect(!applied7)
        let applied8 = record.applyPurchase(units: 0)
        #expect(!applied8)
        #expect(record.changeSequence == 1)
    }

    @Test func unlimitedStockStaysUnlimitedAndNegativeIsZero() {
        var unlimited = StockRecord(catalogVersion: 1, stockAvailable: nil)
        let applied9 = unlimited.applyPurchase(units: 1_000)
        #expect(applied9)
        #expect(unlimited.stockAvailable == nil && unlimited.totalSold == 1_000)
        var negative = StockRecord(catalogVersion: 1, stockAvailable: 5)
        negative.applyCatalogUpdate(version: 2, stockAvailable: -4)
        #expect(negative.stockAvailable == 0)
    }
}
