import Money
import Testing
import WarehouseOrdersDomain

@Suite struct PriceIndexTests {
    @Test("D002-01: index = price / (suggested × zone multiplier)")
    func formula() {
        #expect(PriceIndex.compute(effectivePrice: 1_000, suggestedSalePrice: 800, zoneMultiplier: 1.25) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 1_500, suggestedSalePrice: 1_000, zoneMultiplier: 1.0) == 1.5)
        #expect(PriceIndex.compute(effectivePrice: 500, suggestedSalePrice: 1_000, zoneMultiplier: 0.5) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 1_600, suggestedSalePrice: 2_000, zoneMultiplier: 1.25) == 0.64)
    }

    @Test("D002-01, D002-18: undefined or non-positive ratios are neutral 1.0")
    func neutralFallbacks() {
        #expect(PriceIndex.compute(effectivePrice: 1_000, suggestedSalePrice: 0, zoneMultiplier: 1.0) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 0, suggestedSalePrice: 1_000, zoneMultiplier: 1.0) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: -5, suggestedSalePrice: 1_000, zoneMultiplier: 1.0) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 1_000, suggestedSalePrice: -1_000, zoneMultiplier: 1.0) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 1_000, suggestedSalePrice: 1_000, zoneMultiplier: .nan) == 1.0)
        #expect(PriceIndex.compute(effectivePrice: 1_000, suggestedSalePrice: 1, zoneMultiplier: .leastNonzeroMagnitude) == 1.0)
    }

    @Test("D002-01: the zone multiplier is used only when active, finite and > 0")
    func zoneMultiplier() {
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: 1.25, isActive: true).effectiveMultiplier == 1.25)
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: 1.25, isActive: false).effectiveMultiplier == 1.0)
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: 0, isActive: true).effectiveMultiplier == 1.0)
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: -2, isActive: true).effectiveMultiplier == 1.0)
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: .infinity, isActive: true).effectiveMultiplier == 1.0)
        #expect(ZonePriceIndex(marketZone: "EU", multiplier: .nan, isActive: true).effectiveMultiplier == 1.0)
    }

    @Test("D002-18: the effective price is salePrice ?? listPrice, a zero sale price included")
    func effectivePrice() {
        #expect(Fixture.listing("l", template: "t", createdAt: 0, sale: 700, list: 900).effectivePrice == 700)
        #expect(Fixture.listing("l", template: "t", createdAt: 0, sale: nil, list: 900).effectivePrice == 900)
        #expect(Fixture.listing("l", template: "t", createdAt: 0, sale: 0, list: 900).effectivePrice == 0)
    }
}

@Suite struct PriceMultiplierCurveTests {
    @Test(
        "D002-02: the decision's table",
        arguments: [
            (0.0, 1.3), (0.3, 1.3), (0.5, 1.3), (0.75, 1.15), (1.0, 1.0), (1.2, 0.76), (1.25, 0.7), (1.5, 0.4),
            (1.75, 0.2), (2.0, 0.0), (2.5, 0.0), (1e9, 0.0),
        ])
    func table(_ index: Double, _ expected: Double) {
        #expect(abs(PriceMultiplierCurve.standard.multiplier(at: index) - expected) < 1e-12)
    }

    @Test("D002-24: from index 2.0 on the multiplier is exactly 0.0; just below it is not")
    func exactZero() {
        #expect(PriceMultiplierCurve.standard.multiplier(at: 2.0) == 0.0)
        #expect(PriceMultiplierCurve.standard.multiplier(at: 3.7) == 0.0)
        #expect(PriceMultiplierCurve.standard.multiplier(at: 1.9999) > 0.0)
    }

    @Test("D002-02: the curve never increases and stays within 0…1.3")
    func monotone() {
        var previous = Double.infinity
        for step in 0...400 {
            let value = PriceMultiplierCurve.standard.multiplier(at: Double(step) / 100)
            #expect(value <= previous && (0...1.3).contains(value))
            previous = value
        }
    }

    @Test("A curve without knots is neutral; invalid knots are refused")
    func validation() throws {
        #expect(PriceMultiplierCurve(knots: []).multiplier(at: 5) == 1.0)
        try PriceMultiplierCurve.standard.validate()
        let unordered = PriceMultiplierCurve(knots: [.init(priceIndex: 1, multiplier: 1), .init(priceIndex: 1, multiplier: 0)])
        #expect(throws: ConfigurationError.priceCurveNotIncreasing(at: 1)) { try unordered.validate() }
        let negative = PriceMultiplierCurve(knots: [.init(priceIndex: 1, multiplier: -0.5)])
        #expect(throws: ConfigurationError.invalidPriceCurveKnot(priceIndex: 1, multiplier: -0.5)) {
            try negative.validate()
        }
    }
}
