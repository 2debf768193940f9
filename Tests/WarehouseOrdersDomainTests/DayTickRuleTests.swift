import Money
import Testing
import WarehouseOrdersDomain

/// Single rules of the tick on small snapshots. Jitter never moves a base of 6 off 6 for t1 on
/// 2025-03-10 (6.22) nor the no-band base 1 (D002-11), which keeps the numbers easy.
@Suite struct DayTickRuleTests {
    private let shirts = Fixture.band("b1", category: "shirts", min: 4, max: 8)

    private func snapshot(
        listings: [Listing], inventory: [InventoryItem], zone: MarketZone? = nil,
        priceIndices: [ZonePriceIndex] = []
    ) throws -> WarehouseDaySnapshot {
        Fixture.snapshot(
            day: try Fixture.day("2025-03-10"), zone: zone, listings: listings,
            templates: [Fixture.template("t1", category: "shirts"), Fixture.template("t2", category: "none")],
            inventory: inventory, bands: [shirts], priceIndices: priceIndices)
    }

    @Test("D002-05: an already ticked (warehouse, day) does nothing at all, not even pauses or lookups")
    func duplicate() throws {
        var input = try snapshot(listings: [Fixture.listing("l1", template: "t1", createdAt: 1)], inventory: [])
        input.alreadyTicked = true
        input.building = nil  // would be an error if the tick looked it up
        let result = try WarehouseDayTick.run(input)
        #expect(result.summary == DayCompletedSummary(skippedAsDuplicate: true))
        #expect(result.order == nil && result.pausedListings.isEmpty && result.salesLog.isEmpty)
        #expect(result.inventoryReservations.isEmpty && result.evaluations.isEmpty && result.marketZone == nil)
        #expect(result.warehouseBuildingId == "w1" && result.dayKey.description == "2025-03-10")
    }

    @Test("D002-22: a missing or foreign warehouse is an error")
    func warehouseChecks() throws {
        var input = try snapshot(listings: [], inventory: [])
        input.building = nil
        #expect(throws: DayTickError.warehouseNotFound("w1")) { try WarehouseDayTick.run(input) }
        input.building = WarehouseBuilding(id: "w2", companyId: "c1")
        #expect(throws: DayTickError.warehouseNotFound("w1")) { try WarehouseDayTick.run(input) }
        input.building = WarehouseBuilding(id: "w1", companyId: "c2")
        #expect(throws: DayTickError.warehouseNotOwned("w1", tickCompany: "c1", owner: "c2")) {
            try WarehouseDayTick.run(input)
        }
    }

    @Test("D002-22, D002-01: a warehouse without zone is in USA and uses USA's index")
    func defaultZone() throws {
        let listing = Fixture.listing("l1", template: "t1", createdAt: 1, sale: 1_500)
        let indices = [
            ZonePriceIndex(marketZone: "USA", multiplier: 1.5, isActive: true),
            ZonePriceIndex(marketZone: "EU", multiplier: 3, isActive: true),
        ]
        let result = try WarehouseDayTick.run(
            try snapshot(listings: [listing], inventory: [Fixture.stock("t1", 10)], priceIndices: indices))
        #expect(result.marketZone == "USA")
        #expect(result.evaluations.first?.reasons.priceIndex == 1.0)  // 1500 / (1000 × 1.5)
        let configured = try WarehouseDayTick.run(
            try snapshot(listings: [listing], inventory: [Fixture.stock("t1", 10)], priceIndices: indices),
            config: DayTickConfig(defaultMarketZone: "EU"))
        #expect(configured.evaluations.first?.reasons.priceIndex == 0.5)  // 1500 / (1000 × 3)
    }

    @Test("D002-16: equal createdAt falls back to id order, whatever the input order")
    func tieBreak() throws {
        let listings = [
            Fixture.listing("l-b", template: "t1", createdAt: 5),
            Fixture.listing("l-a", template: "t1", createdAt: 5),
            Fixture.listing("l-0", template: "t1", createdAt: 9),
        ]
        // t1 desires 6 per listing; 7 units: l-a gets 6, l-b the last 1, l-0 meets an empty stock.
        for order in [listings, listings.reversed()] {
            let result = try WarehouseDayTick.run(try snapshot(listings: order, inventory: [Fixture.stock("t1", 7)]))
            #expect(result.order?.items.map(\.listingId) == ["l-a", "l-b"])
            #expect(result.order?.items.map(\.qtyOrdered) == [6, 1])
            #expect(result.pausedListings.map(\.listingId) == ["l-a", "l-b", "l-0"])
        }
    }

    @Test("Seed §1, D002-19: a day with nothing to order creates no order but still pauses")
    func noOrderButPauses() throws {
        let result = try WarehouseDayTick.run(
            try snapshot(
                listings: [
                    Fixture.listing("l1", template: "t1", createdAt: 1, sale: 2_000),  // index 2.0: blocked
                    Fixture.listing("l2", template: "t2", createdAt: 2),  // stock 0
                ],
                inventory: [Fixture.stock("t1", 10), Fixture.stock("t2", 0)]))
        #expect(result.order == nil && result.summary.orderId == nil && result.salesLog.isEmpty)
        #expect(result.inventoryReservations.isEmpty)
        #expect(result.pausedListings.map(\.listingId) == ["l2"])
        #expect(result.summary.paused == 1 && result.summary.blockedByPrice == 1 && result.summary.itemsOrdered == 0)
    }

    @Test("D002-17: the stock check comes first: no stock pauses even without a template; with stock it skips")
    func templateMissing() throws {
        let result = try WarehouseDayTick.run(
            try snapshot(
                listings: [
                    Fixture.listing("l1", template: "ghost-a", createdAt: 1),
                    Fixture.listing("l2", template: "ghost-b", createdAt: 2),
                ],
                inventory: [Fixture.stock("ghost-a", 0), Fixture.stock("ghost-b", 3)]))
        #expect(result.pausedListings.map(\.listingId) == ["l1"])
        #expect(result.listingsWithoutTemplate == ["l2"])
        #expect(result.evaluations.isEmpty && result.summary.listingsConsidered == 2)
    }

    @Test("Seed §1: negative stock (unvalidated data) counts as out of stock")
    func negativeStock() throws {
        let result = try WarehouseDayTick.run(
            try snapshot(listings: [Fixture.listing("l1", template: "t1", createdAt: 1)], inventory: [Fixture.stock("t1", -4)]))
        #expect(result.pausedListings.map(\.listingId) == ["l1"] && result.order == nil)
    }

    @Test("D002-11: a template without a band orders exactly 1 a day")
    func noBandOrdersOne() throws {
        let result = try WarehouseDayTick.run(
            try snapshot(listings: [Fixture.listing("l1", template: "t2", createdAt: 1)], inventory: [Fixture.stock("t2", 9)]))
        #expect(result.order?.items.map(\.qtyOrdered) == [1])
        #expect(result.order?.items.first?.reasons.bandMatched == false)
    }

    @Test("Duplicate keys in the snapshot are refused, never resolved by load order")
    func duplicateKeys() throws {
        let listing = Fixture.listing("l1", template: "t1", createdAt: 1)
        #expect(throws: DayTickError.duplicateReference(kind: .listing, id: "l1")) {
            try WarehouseDayTick.run(try snapshot(listings: [listing, listing], inventory: []))
        }
        #expect(throws: DayTickError.duplicateReference(kind: .inventoryItem, id: "t1")) {
            try WarehouseDayTick.run(try snapshot(listings: [], inventory: [Fixture.stock("t1", 1), Fixture.stock("t1", 2)]))
        }
        var input = try snapshot(listings: [], inventory: [])
        input.priceIndices = [
            ZonePriceIndex(marketZone: "USA", multiplier: 1, isActive: true),
            ZonePriceIndex(marketZone: "USA", multiplier: 2, isActive: true),
        ]
        #expect(throws: DayTickError.duplicateReference(kind: .priceIndex, id: "USA")) { try WarehouseDayTick.run(input) }
    }

    @Test("Unvalidated huge stock cannot trap: a day total beyond Int64 is a typed error")
    func overflow() throws {
        let result = WarehouseDaySnapshot(
            companyId: "c1", warehouseBuildingId: "w1", dayKey: try Fixture.day("2025-03-10"),
            building: WarehouseBuilding(id: "w1", companyId: "c1"),
            listings: [Fixture.listing("l1", template: "t1", createdAt: 1), Fixture.listing("l2", template: "t2", createdAt: 2)],
            templates: [Fixture.template("t1", category: "c"), Fixture.template("t2", category: "c")],
            inventory: [Fixture.stock("t1", .max), Fixture.stock("t2", .max)],
            bands: [Fixture.band("b", category: "c", min: 0, max: .max, mode: .max)])
        #expect(throws: DayTickError.unitsOrderedOverflow) { try WarehouseDayTick.run(result) }
    }
}
