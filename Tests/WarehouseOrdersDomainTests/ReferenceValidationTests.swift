import Foundation
import Money
import Testing
import WarehouseOrdersDomain

@Suite struct DemandBandValidationTests {
    @Test("D002-10: 0 ≤ minDaily ≤ expectedMode ≤ maxDaily is accepted, boundaries included")
    func validOrder() throws {
        try Fixture.band("b", category: "c", min: 0, max: 0, mode: 0).validate()
        try Fixture.band("b", category: "c", min: 2, max: 9, mode: 2).validate()
        try Fixture.band("b", category: "c", min: 2, max: 9, mode: 9).validate()
        try Fixture.band("b", category: "c", min: 2, max: 9).validate()
    }

    @Test(
        "D002-10: any break of the order is refused with the three values",
        arguments: [(3, 2, nil), (2, 9, 1), (2, 9, 10), (5, 4, 4)] as [(Int64, Int64, Int64?)])
    func outOfOrder(_ min: Int64, _ max: Int64, _ mode: Int64?) {
        #expect(throws: ReferenceDataError.dailyRangeOutOfOrder(minDaily: min, expectedMode: mode, maxDaily: max)) {
            try Fixture.band("b", category: "c", min: min, max: max, mode: mode).validate()
        }
    }

    @Test("D002-10: negative or huge daily values are refused")
    func bounds() {
        #expect(throws: ReferenceDataError.negative(field: "minDaily", value: -1)) {
            try Fixture.band("b", category: "c", min: -1, max: 2).validate()
        }
        #expect(throws: ReferenceDataError.exceedsLimit(field: "maxDaily", value: .max, limit: ReferenceLimits.maxQuantity)) {
            try Fixture.band("b", category: "c", min: 0, max: .max).validate()
        }
    }

    @Test("D002-13: tier ranges must lie within 1…5 and not be empty", arguments: [(0, 3), (2, 6), (4, 3)] as [(Int64, Int64)])
    func tiers(_ low: Int64, _ high: Int64) {
        let band = DemandBand(
            id: "b", categoryId: "c", productQuality: .standard, tierMin: low, tierMax: high, minDaily: 1, maxDaily: 2)
        #expect(throws: ReferenceDataError.invalidTierRange(tierMin: low, tierMax: high)) { try band.validate() }
    }

    @Test("D002-09: an active band overlapping another active band is refused, naming the lowest conflict")
    func overlap() {
        let existing = [
            Fixture.band("b-9", category: "c", tiers: 4...5, min: 1, max: 2),
            Fixture.band("b-3", category: "c", tiers: 1...2, min: 1, max: 2),
        ]
        let wide = Fixture.band("b-new", category: "c", tiers: 2...4, min: 1, max: 2)
        #expect(throws: ReferenceDataError.overlappingBand(bandId: "b-new", existingBandId: "b-3")) {
            try wide.validate(against: existing)
        }
    }

    @Test("D002-09: no conflict with itself, inactive bands, other categories, qualities or tiers")
    func noOverlap() throws {
        let existing = [
            Fixture.band("b-new", category: "c", tiers: 1...5, min: 0, max: 1),
            Fixture.band("b-off", category: "c", tiers: 1...5, min: 1, max: 2, active: false),
            Fixture.band("b-cat", category: "other", tiers: 1...5, min: 1, max: 2),
            Fixture.band("b-lux", category: "c", quality: .luxury, tiers: 1...5, min: 1, max: 2),
            Fixture.band("b-high", category: "c", tiers: 4...5, min: 1, max: 2),
        ]
        try Fixture.band("b-new", category: "c", tiers: 1...3, min: 1, max: 2).validate(against: existing)
        // An inactive band may overlap anything.
        try Fixture.band("b-x", category: "c", tiers: 1...5, min: 1, max: 2, active: false).validate(against: existing)
    }
}

@Suite struct ReferenceValidationTests {
    @Test("Ids must be non-empty and free of ':' (the jitter seed separator, D002-03)")
    func identifiers() {
        #expect(throws: ReferenceDataError.emptyIdentifier(field: "warehouseBuildingId")) {
            try WarehouseBuilding(id: "", companyId: "c1").validate()
        }
        #expect(throws: ReferenceDataError.identifierContainsSeparator(field: "productTemplateId", value: "t:1")) {
            try Fixture.template("t:1", category: "c").validate()
        }
        #expect(throws: ReferenceDataError.emptyIdentifier(field: "marketZone")) {
            try WarehouseBuilding(id: "w1", companyId: "c1", marketZone: "").validate()
        }
    }

    @Test("Valid rows of every kind pass")
    func validRows() throws {
        try WarehouseBuilding(id: "w1", companyId: "c1").validate()
        try ZonePriceIndex(marketZone: "EU", multiplier: 1.25, isActive: true).validate()
        try Fixture.listing("l1", template: "t1", createdAt: 0, sale: 500).validate()
        try Fixture.template("t1", category: "c", season: "s1").validate()
        try Fixture.stock("t1", 0).validate()
        try SeasonScenario(id: "s", definitionId: "d", marketZone: "EU", weeks: [0, 50, 100]).validate()
        try Fixture.salesCount(2.5).validate()
        try CategoryNode(id: "l3", level: .l3, parentId: "l2").validate()
    }

    @Test("D002-18: listing prices must be > 0")
    func listingPrices() {
        #expect(throws: ReferenceDataError.nonPositivePrice(field: "salePriceCents", value: 0)) {
            try Fixture.listing("l1", template: "t1", createdAt: 0, sale: 0).validate()
        }
        #expect(throws: ReferenceDataError.nonPositivePrice(field: "listPriceCents", value: -1)) {
            try Fixture.listing("l1", template: "t1", createdAt: 0, list: -1).validate()
        }
        #expect(throws: ReferenceDataError.nonPositivePrice(field: "suggestedSalePriceCents", value: 0)) {
            try Fixture.template("t1", category: "c", suggested: 0).validate()
        }
    }

    @Test("D002-01: a zone multiplier must be finite and > 0")
    func multiplier() {
        #expect(throws: ReferenceDataError.nonPositiveRatio(field: "multiplier", value: 0)) {
            try ZonePriceIndex(marketZone: "EU", multiplier: 0, isActive: true).validate()
        }
        #expect(throws: ReferenceDataError.notFinite(field: "multiplier")) {
            try ZonePriceIndex(marketZone: "EU", multiplier: .nan, isActive: true).validate()
        }
    }

    @Test("Stock must be within 0…10⁹; cost ≥ 0")
    func inventory() {
        #expect(throws: ReferenceDataError.negative(field: "qtyOnHand", value: -3)) { try Fixture.stock("t1", -3).validate() }
        #expect(throws: ReferenceDataError.exceedsLimit(field: "qtyOnHand", value: 1_000_000_001, limit: 1_000_000_000)) {
            try Fixture.stock("t1", 1_000_000_001).validate()
        }
        #expect(throws: ReferenceDataError.negative(field: "avgUnitCostCents", value: -1)) {
            try InventoryItem(warehouseBuildingId: "w1", productTemplateId: "t1", qtyOnHand: 1, avgUnitCost: -1).validate()
        }
    }

    @Test("Season weeks must be finite scores in 0…100 (event contract); D002-23 still neutralises stored bad data")
    func seasonWeeks() {
        #expect(throws: ReferenceDataError.outOfRange(field: "weeks[1]", value: 101, allowed: 0...100)) {
            try SeasonScenario(id: "s", definitionId: "d", marketZone: "EU", weeks: [5, 101]).validate()
        }
        #expect(throws: ReferenceDataError.notFinite(field: "weeks[0]")) {
            try SeasonScenario(id: "s", definitionId: "d", marketZone: "EU", weeks: [.infinity]).validate()
        }
    }

    @Test("Metric levels must be finite and ≥ 0; a category cannot be its own parent")
    func metricAndCategory() {
        #expect(throws: ReferenceDataError.notFinite(field: "currentLevel")) { try Fixture.salesCount(.nan).validate() }
        #expect(throws: ReferenceDataError.outOfRange(field: "currentLevel", value: -1, allowed: 0...Double.greatestFiniteMagnitude)) {
            try Fixture.salesCount(-1).validate()
        }
        #expect(throws: ReferenceDataError.categoryIsOwnParent("l3")) {
            try CategoryNode(id: "l3", level: .l3, parentId: "l3").validate()
        }
    }

    @Test("Every error names its problem")
    func descriptions() {
        #expect(ReferenceDataError.overlappingBand(bandId: "b2", existingBandId: "b1").description.contains("b1"))
        #expect(
            ReferenceDataError.dailyRangeOutOfOrder(minDaily: 3, expectedMode: nil, maxDaily: 2).description
                == "band must satisfy 0 ≤ minDaily ≤ expectedMode ≤ maxDaily, got min 3, mode none, max 2")
        #expect(DayTickError.warehouseNotFound("w7").description == "warehouse w7 not found")
    }
}

@Suite struct DayTickConfigTests {
    @Test("Defaults are the decisions' values and valid")
    func defaults() throws {
        let config = DayTickConfig()
        #expect(config.jitterFraction == 0.15 && !config.seasonScaling && config.testDemandMultiplier == nil)
        #expect(config.defaultMarketZone == "USA" && config.priceCurve == .standard)
        try config.validate()
    }

    @Test("D002-21: a test multiplier must be finite and ≥ 0; other bad settings are refused too")
    func invalid() {
        #expect(throws: ConfigurationError.invalidTestDemandMultiplier(-1)) {
            try DayTickConfig(testDemandMultiplier: -1).validate()
        }
        #expect(throws: ConfigurationError.invalidJitterFraction(1.5)) { try DayTickConfig(jitterFraction: 1.5).validate() }
        #expect(throws: ConfigurationError.emptyDefaultMarketZone) { try DayTickConfig(defaultMarketZone: "").validate() }
    }
}
