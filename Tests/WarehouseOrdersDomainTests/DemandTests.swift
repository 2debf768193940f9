import Money
import Testing
import WarehouseOrdersDomain

@Suite struct DemandJitterTests {
    @Test("D002-03: the seed string and the decision's example value")
    func seedKey() throws {
        let key = DemandJitter.seedKey(
            companyId: "c1", warehouseBuildingId: "w1", dayKey: try Fixture.day("2025-03-10"), productTemplateId: "t1")
        #expect(key == "c1:w1:2025-03-10:t1")
        #expect(seededUnit(key) == 0.6231858717245088)
    }

    @Test("D002-03: jitter = (2t − 1) × value × 0.15, added to the value")
    func apply() {
        // t = 0.6231858717245088 → 2t − 1 = 0.24637174344901758; 6 × 0.15 × that = 0.2217345691…
        let jittered = DemandJitter.apply(to: 6, seedKey: "c1:w1:2025-03-10:t1", fraction: 0.15)
        #expect(abs(jittered - 6.2217345691041155) < 1e-12)
        #expect(DemandJitter.apply(to: 0, seedKey: "c1:w1:2025-03-10:t1", fraction: 0.15) == 0)
    }

    @Test("D002-03, D002-14: jitter stays within ±15 % and is the same on every call")
    func boundedAndDeterministic() {
        for index in 0..<500 {
            let key = "c1:w1:2025-03-10:t\(index)"
            let value = DemandJitter.apply(to: 40, seedKey: key, fraction: 0.15)
            #expect(value >= 34 && value < 46)
            #expect(value == DemandJitter.apply(to: 40, seedKey: key, fraction: 0.15))
        }
    }
}

@Suite struct DemandEstimateTests {
    private let config = DayTickConfig()
    // seededUnit("c1:w1:2025-03-10:t1") = 0.6231858717245088: jitter +0.0369557… × base
    private let upKey = "c1:w1:2025-03-10:t1"
    // seededUnit("c1:w1:2025-03-10:t6") = 0.23803021622598342: jitter −0.0785909… × base
    private let downKey = "c1:w1:2025-03-10:t6"

    private func estimate(_ band: DemandBand?, key: String, config: DayTickConfig? = nil) -> DemandEstimate {
        DemandEstimate(band: band.map { ($0, $0.categoryId) }, jitterSeedKey: key, config: config ?? self.config)
    }

    @Test("D002-10: without expectedMode the base is roundHalfUp((min + max) / 2); (1 + 2) / 2 = 1.5 → 2")
    func midpointBase() {
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 1, max: 2)) == 2)
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 4, max: 8)) == 6)
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 0, max: 3)) == 2)
    }

    @Test("D002-10: expectedMode is the base, 0 included (?? not ||), never clamped at run time")
    func modeBase() {
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 4, max: 8, mode: 5)) == 5)
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 4, max: 8, mode: 0)) == 0)
        #expect(DemandEstimate.base(of: Fixture.band("b", category: "c", min: 4, max: 8, mode: 20)) == 20)
        let zero = estimate(Fixture.band("b", category: "c", min: 4, max: 8, mode: 0), key: upKey)
        #expect(zero.desiredQty == 0 && zero.bandMatched)
    }

    @Test("Seed §2, D002-12: desired = max(0, roundHalfUp(base + jitter))")
    func jitteredDesired() {
        // 6 × (1 + 0.0369557) = 6.2217 → 6
        #expect(estimate(Fixture.band("b", category: "c", min: 4, max: 8), key: upKey).desiredQty == 6)
        // 6 × (1 − 0.0785909) = 5.5285 → 6 (half up)
        #expect(estimate(Fixture.band("b", category: "c", min: 4, max: 8), key: downKey).desiredQty == 6)
        // 20 × (1 + 0.0369557) = 20.739 → 21
        #expect(estimate(Fixture.band("b", category: "c", min: 0, max: 40, mode: 20), key: upKey).desiredQty == 21)
        // 20 × (1 − 0.0785909) = 18.428 → 18
        #expect(estimate(Fixture.band("b", category: "c", min: 0, max: 40, mode: 20), key: downKey).desiredQty == 18)
    }

    @Test("Seed §2: the estimate names the band's category")
    func meta() {
        let band = Fixture.band("b", category: "l2-tops", min: 1, max: 2)
        let found = DemandEstimate(band: (band, "l2-tops"), jitterSeedKey: upKey, config: config)
        #expect(found.bandMatched && found.resolvedBandCategoryId == "l2-tops")
    }

    @Test("D002-11: without a band the desired quantity is always exactly 1 and bandMatched is false")
    func noBand() {
        for index in 0..<300 {
            let result = estimate(nil, key: "c9:w9:2024-06-0\(index % 9 + 1):t\(index)")
            #expect(result == DemandEstimate(desiredQty: 1, bandMatched: false, resolvedBandCategoryId: nil))
        }
    }

    @Test("D002-21: the test multiplier scales the rounded result; invalid values are ignored")
    func testMultiplier() {
        let band = Fixture.band("b", category: "c", min: 4, max: 8)
        // rounded 6; 6 × 0.25 = 1.5 → 2; 6 × 2.5 = 15; 6 × 0 = 0
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: 0.25)).desiredQty == 2)
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: 2.5)).desiredQty == 15)
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: 0)).desiredQty == 0)
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: -1)).desiredQty == 6)
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: .nan)).desiredQty == 6)
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: .infinity)).desiredQty == 6)
        // A finite but huge product saturates instead of trapping.
        #expect(estimate(band, key: upKey, config: DayTickConfig(testDemandMultiplier: 1e300)).desiredQty == .max)
    }

    @Test("D002-25: the potential multiplier is the constant 1.0")
    func potential() {
        #expect(DemandEstimate.potentialMultiplier == 1.0)
    }
}

@Suite struct BandCatalogTests {
    private let nodes = [
        CategoryNode(id: "l3-shirts", level: .l3, parentId: "l2-tops"),
        CategoryNode(id: "l2-tops", level: .l2, parentId: "l1-apparel"),
        CategoryNode(id: "l3-orphan", level: .l3),
        CategoryNode(id: "l2-odd", level: .l2, parentId: "l2-tops"),
    ]

    @Test("D002-09: among matching active bands the lowest id wins, whatever the input order")
    func lowestId() throws {
        let bands = [
            Fixture.band("b-40", category: "l3-shirts", tiers: 3...3, min: 0, max: 9, mode: 7),
            Fixture.band("b-30", category: "l3-shirts", tiers: 2...5, min: 1, max: 2),
            Fixture.band("b-10", category: "l3-shirts", tiers: 1...5, min: 1, max: 2, active: false),
        ]
        let template = Fixture.template("t", category: "l3-shirts")
        for order in [bands, bands.reversed()] {
            let catalog = try BandCatalog(bands: order, categories: nodes)
            #expect(catalog.band(for: template, tier: 3)?.band.id == "b-30")
            #expect(catalog.band(for: template, tier: 3)?.categoryId == "l3-shirts")
        }
    }

    @Test("Seed §2: bands match on quality and tierMin ≤ tier ≤ tierMax only")
    func matching() throws {
        let catalog = try BandCatalog(
            bands: [Fixture.band("b1", category: "l3-shirts", quality: .premium, tiers: 2...3, min: 1, max: 2)],
            categories: nodes)
        let premium = Fixture.template("t", category: "l3-shirts", quality: .premium)
        #expect(catalog.band(for: premium, tier: 1) == nil)
        #expect(catalog.band(for: premium, tier: 2)?.band.id == "b1")
        #expect(catalog.band(for: premium, tier: 3)?.band.id == "b1")
        #expect(catalog.band(for: premium, tier: 4) == nil)
        #expect(catalog.band(for: Fixture.template("t", category: "l3-shirts", quality: .luxury), tier: 2) == nil)
    }

    @Test("Seed §2, D002-09: no L3 band → the L3 node's L2 parent, id used as a generic category")
    func parentFallback() throws {
        let catalog = try BandCatalog(
            bands: [
                Fixture.band("b2", category: "l2-tops", min: 3, max: 5),
                Fixture.band("b3", category: "l1-apparel", min: 3, max: 5),
            ],
            categories: nodes)
        let found = catalog.band(for: Fixture.template("t", category: "l3-shirts"), tier: 1)
        #expect(found?.band.id == "b2" && found?.categoryId == "l2-tops")
        // Only one step up, and only from an L3 node with a parent; an unknown node has none.
        #expect(catalog.band(for: Fixture.template("t", category: "l3-orphan"), tier: 1) == nil)
        #expect(catalog.band(for: Fixture.template("t", category: "l2-odd"), tier: 1) == nil)
        #expect(catalog.band(for: Fixture.template("t", category: "unknown"), tier: 1) == nil)
    }

    @Test("An L3 band takes precedence over the parent's")
    func l3First() throws {
        let catalog = try BandCatalog(
            bands: [
                Fixture.band("a-parent", category: "l2-tops", min: 3, max: 5),
                Fixture.band("z-child", category: "l3-shirts", min: 3, max: 5),
            ],
            categories: nodes)
        #expect(catalog.band(for: Fixture.template("t", category: "l3-shirts"), tier: 1)?.band.id == "z-child")
    }

    @Test("Duplicate band or node ids are a corrupt snapshot")
    func duplicates() {
        let band = Fixture.band("b1", category: "l3-shirts", min: 1, max: 2)
        #expect(throws: DayTickError.duplicateReference(kind: .demandBand, id: "b1")) {
            try BandCatalog(bands: [band, band], categories: [])
        }
        #expect(throws: DayTickError.duplicateReference(kind: .category, id: "l2-tops")) {
            try BandCatalog(bands: [], categories: nodes + [CategoryNode(id: "l2-tops", level: .l2)])
        }
    }
}

@Suite struct OrderQuantityTests {
    private let neutral = SeasonScore(weeks: nil, weekIndex0: 0)

    @Test("Seed §1, D002-12: finalDesired = roundHalfUp(expected × multiplier)")
    func finalDesired() {
        #expect(OrderQuantity.finalDesired(expectedUnits: 6, priceMultiplier: 0.4, season: neutral, seasonScaling: false) == 2)
        #expect(OrderQuantity.finalDesired(expectedUnits: 6, priceMultiplier: 1.3, season: neutral, seasonScaling: false) == 8)
        // 10 × 1.15 = 11.499999999999998 in binary; the roundHalfUp guard still gives 12.
        #expect(OrderQuantity.finalDesired(expectedUnits: 10, priceMultiplier: 1.15, season: neutral, seasonScaling: false) == 12)
        #expect(OrderQuantity.finalDesired(expectedUnits: 5, priceMultiplier: 0.0, season: neutral, seasonScaling: false) == 0)
    }

    @Test("D002-08: the season only gates by default; score 0 gives 0")
    func seasonGate() {
        let half = SeasonScore(weeks: [50], weekIndex0: 0)
        let zero = SeasonScore(weeks: [0], weekIndex0: 0)
        #expect(OrderQuantity.finalDesired(expectedUnits: 10, priceMultiplier: 1, season: half, seasonScaling: false) == 10)
        #expect(OrderQuantity.finalDesired(expectedUnits: 10, priceMultiplier: 1, season: zero, seasonScaling: false) == 0)
    }

    @Test("D002-08 option b: seasonScaling multiplies by score / 100")
    func seasonScaling() {
        let half = SeasonScore(weeks: [50], weekIndex0: 0)
        let quarter = SeasonScore(weeks: [25], weekIndex0: 0)
        // 10 × 1.3 × 50 / 100 = 6.5 → 7; 6 × 1 × 25 / 100 = 1.5 → 2
        #expect(OrderQuantity.finalDesired(expectedUnits: 10, priceMultiplier: 1.3, season: half, seasonScaling: true) == 7)
        #expect(OrderQuantity.finalDesired(expectedUnits: 6, priceMultiplier: 1, season: quarter, seasonScaling: true) == 2)
    }

    @Test("D002-15: ordered = min(finalDesired, remaining)")
    func ordered() {
        #expect(OrderQuantity.ordered(finalDesired: 6, remaining: 8) == 6)
        #expect(OrderQuantity.ordered(finalDesired: 6, remaining: 2) == 2)
        #expect(OrderQuantity.ordered(finalDesired: 0, remaining: 2) == 0)
    }
}
