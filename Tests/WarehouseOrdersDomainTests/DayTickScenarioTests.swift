import Money
import Testing
import WarehouseOrdersDomain

/// The whole Step A on ``MarchScenario``, every number computed by hand (see the comments).
@Suite struct DayTickScenarioTests {
    private func run(_ config: DayTickConfig = DayTickConfig()) throws -> DayTickResult {
        try WarehouseDayTick.run(try MarchScenario.snapshot(), config: config)
    }

    private func evaluation(_ result: DayTickResult, _ id: ListingID) throws -> ListingEvaluation {
        try #require(result.evaluations.first { $0.listing.id == id })
    }

    @Test("D002-16: LISTED listings of w1/c1 are evaluated in createdAt order; others are not considered")
    func considered() throws {
        let result = try run()
        // l6 (t4: no template) and l3, l7 (no stock) are considered but not evaluated; l8 is PAUSED,
        // l9 is in w2, l10 belongs to c2.
        #expect(result.evaluations.map(\.listing.id) == ["l1", "l4", "l2", "l5", "l11"])
        #expect(result.summary.listingsConsidered == 8)
        #expect(result.marketZone == "EU")
    }

    @Test("Seed §1-2, D002-01/02/03/10/13/27: l1 orders the band's jittered base at index 1.0")
    func bandAtSuggestedPrice() throws {
        let l1 = try evaluation(try run(), "l1")
        // base roundHalfUp((4 + 8) / 2) = 6; 6 + 0.24637 × 6 × 0.15 = 6.2217 → 6
        // index 1000 / (800 × 1.25) = 1.0 → multiplier 1.0; summer week 9 = 40 only gates (D002-08)
        #expect(
            l1.reasons
                == ReasonsSnapshot(
                    baseDesired: 6, expectedUnits: 6, priceIndex: 1.0, priceMultiplier: 1.0, seasonScore: 40, tierUsed: 3,
                    bandMatched: true, resolvedBandCategoryId: "l3-shirts", blockedByPrice: false,
                    blockedBySeason: false, missingSeasonScenario: false))
        #expect(l1.finalDesired == 6 && l1.orderedQty == 6)
    }

    @Test("D002-09, D002-13, D002-24: l4 uses the L2 band with the lowest id for tier 3 and is blocked by price")
    func parentBandAndPriceBlock() throws {
        let l4 = try evaluation(try run(), "l4")
        // tier 3: b-30 (3…5) and b-40 (3…3) match at l2-tops, b-05 (1…2) does not; b-30 < b-40.
        // base roundHalfUp(1.5) = 2; 2 + 0.0092 × 2 × 0.15 = 2.003 → 2
        // index 1000 / (400 × 1.25) = 2.0 → multiplier exactly 0 → blocked, final 0
        #expect(l4.reasons.baseDesired == 2 && l4.reasons.resolvedBandCategoryId == "l2-tops" && l4.reasons.bandMatched)
        #expect(l4.reasons.priceIndex == 2.0 && l4.reasons.priceMultiplier == 0 && l4.reasons.blockedByPrice)
        #expect(l4.reasons.seasonScore == 100 && l4.reasons.missingSeasonScenario)
        #expect(l4.finalDesired == 0 && l4.orderedQty == 0)
    }

    @Test("D002-15: l2 shares t1's jitter and gets only the stock l1 left")
    func sharedStock() throws {
        let l2 = try evaluation(try run(), "l2")
        // effective price = list 1500 (no sale price); index 1500 / 1000 = 1.5 → 0.4; 6 × 0.4 = 2.4 → 2
        // remaining t1 = 8 − 6 = 2 → ordered 2
        #expect(l2.reasons.baseDesired == 6 && l2.reasons.priceIndex == 1.5)
        #expect(abs(l2.reasons.priceMultiplier - 0.4) < 1e-12)
        #expect(l2.finalDesired == 2 && l2.orderedQty == 2)
    }

    @Test("D002-11, D002-22, D002-08: l5 has no band (base 1) and the lowest-id EU winter scenario blocks it")
    func seasonBlock() throws {
        let l5 = try evaluation(try run(), "l5")
        // No LUXURY band at l3-hats or l2-acc → 1 (1 − 0.0517 → 1). sc-2 (EU, week 9 = 0) beats sc-9;
        // sc-0 is USA. index 1600 / (2000 × 1.25) = 0.64 → 1.3 − 0.14 × 0.6 = 1.216, yet final 0.
        #expect(l5.reasons.baseDesired == 1 && !l5.reasons.bandMatched && l5.reasons.resolvedBandCategoryId == nil)
        #expect(abs(l5.reasons.priceMultiplier - 1.216) < 1e-12)
        #expect(l5.reasons.seasonScore == 0 && l5.reasons.blockedBySeason && !l5.reasons.blockedByPrice)
        #expect(l5.finalDesired == 0 && l5.orderedQty == 0)
    }

    @Test("D002-02: l11 is underpriced (index 0.4 → 1.3)")
    func underpriced() throws {
        let l11 = try evaluation(try run(), "l11")
        // 6 − 0.52394 × 6 × 0.15 = 5.528 → 6; index 500 / 1250 = 0.4 → 1.3; 6 × 1.3 = 7.8 → 8
        #expect(l11.reasons.baseDesired == 6 && l11.reasons.priceMultiplier == 1.3)
        #expect(l11.finalDesired == 8 && l11.orderedQty == 8)
    }

    @Test("D002-16, D002-18: the order holds the positive lines with 0-based sortIndex and effective prices")
    func order() throws {
        let result = try run()
        let order = try #require(result.order)
        #expect(order.id == OrderIdentity.orderId(warehouseBuildingId: "w1", dayKey: try Fixture.day("2025-03-10")))
        #expect(order.companyId == "c1" && order.warehouseBuildingId == "w1" && order.dayKey.description == "2025-03-10")
        #expect(order.items.map(\.listingId) == ["l1", "l2", "l11"])
        #expect(order.items.map(\.sortIndex) == [0, 1, 2])
        #expect(order.items.map(\.qtyOrdered) == [6, 2, 8])
        #expect(order.items.map(\.salePrice) == [1_000, 1_500, 500])
        #expect(order.items.map(\.expectedUnits) == [6, 6, 6])
        #expect(order.items.map(\.playerProductId) == ["p-l1", "p-l2", "p-l11"])
        #expect(order.items[0].id == OrderIdentity.orderItemId(orderId: order.id, listingId: "l1"))
    }

    @Test("D002-15, D002-17, D002-19: pauses for no stock row, used-up stock and every listing of a depleted template")
    func pauses() throws {
        let result = try run()
        // l1 and l2 used up t1 (paused after the loop), l3 met t1 at 0, l7's t5 has no row in w1.
        // l6 has stock but no template: skipped, not paused. l8 is already PAUSED and not re-paused.
        #expect(result.pausedListings.map(\.listingId) == ["l1", "l2", "l3", "l7"])
        #expect(result.pausedListings.allSatisfy { $0.reason == .outOfStock })
        #expect(result.listingsWithoutTemplate == ["l6"])
    }

    @Test("D002-04: stock is reserved by the ordered quantities")
    func reservations() throws {
        #expect(
            try run().inventoryReservations == [
                InventoryReservation(productTemplateId: "t1", reserved: 8, qtyOnHandAfter: 0),
                InventoryReservation(productTemplateId: "t6", reserved: 8, qtyOnHandAfter: 92),
            ])
    }

    @Test("D002-20: one sales log row per order line, with the listing's own prices")
    func salesLog() throws {
        let result = try run()
        #expect(result.salesLog.map(\.listingId) == ["l1", "l2", "l11"])
        let l2 = result.salesLog[1]
        #expect(l2.salePrice == nil && l2.listPrice == 1_500 && l2.qtyOrdered == 2 && l2.expectedUnits == 6)
        #expect(l2.marketZone == "EU" && l2.companyId == "c1" && l2.warehouseBuildingId == "w1")
        #expect(l2.seasonScore == 40 && l2.priceIndex == 1.5 && l2.reasons == result.order?.items[1].reasons)
        #expect(l2.dayKey.description == "2025-03-10" && l2.productTemplateId == "t1" && l2.playerProductId == "p-l2")
    }

    @Test("warehouse.day.completed counters")
    func summary() throws {
        let result = try run()
        #expect(
            result.summary
                == DayCompletedSummary(
                    orderId: result.order?.id, listingsConsidered: 8, itemsOrdered: 3, unitsOrdered: 16,
                    blockedByPrice: 1, blockedBySeason: 1, paused: 4, skippedAsDuplicate: false))
    }

    @Test("D002-08 option b: with season scaling, summer's 40 scales t1's lines")
    func seasonScaling() throws {
        let result = try run(DayTickConfig(seasonScaling: true))
        // l1: 6 × 1.0 × 40 / 100 = 2.4 → 2; l2: 6 × 0.4 × 40 / 100 = 0.96 → 1; l3 now finds 5 units
        // left and orders 2.4 → 2; l11 has no scenario (100): 8. t1 keeps 3 units: only l7 pauses.
        #expect(result.order?.items.map(\.listingId) == ["l1", "l2", "l3", "l11"])
        #expect(result.order?.items.map(\.qtyOrdered) == [2, 1, 2, 8])
        #expect(result.inventoryReservations.first == InventoryReservation(productTemplateId: "t1", reserved: 5, qtyOnHandAfter: 3))
        #expect(result.pausedListings.map(\.listingId) == ["l7"])
    }

    @Test("Determinism: the same snapshot gives the same result")
    func determinism() throws {
        #expect(try run() == run())
    }
}
