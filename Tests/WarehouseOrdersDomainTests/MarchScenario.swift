import Testing
import WarehouseOrdersDomain

/// The hand-computed day of warehouse w1 (company c1, zone EU) on 2025-03-10 used by
/// ``DayTickScenarioTests``. Week index 9 (dayOfYear0 68), tier 3 (SALES_COUNT 3.7), EU price
/// multiplier 1.25. Jitter draws: t1 2t−1 = +0.24637, t2 +0.00920, t3 −0.34478, t6 −0.52394.
enum MarchScenario {
    static func snapshot() throws -> WarehouseDaySnapshot {
        let summerWeeks = (0..<52).map { $0 == 9 ? 40.0 : 100.0 }
        let winterWeeks = (0..<52).map { $0 == 9 ? 0.0 : 100.0 }
        return Fixture.snapshot(
            day: try Fixture.day("2025-03-10"), zone: "EU",
            listings: [
                Fixture.listing("l6", template: "t4", createdAt: 50),
                Fixture.listing("l1", template: "t1", createdAt: 100, sale: 1_000),
                Fixture.listing("l4", template: "t2", createdAt: 150, sale: 1_000),
                Fixture.listing("l2", template: "t1", createdAt: 200, sale: nil, list: 1_500),
                Fixture.listing("l5", template: "t3", createdAt: 250, sale: 1_600),
                Fixture.listing("l3", template: "t1", createdAt: 300, sale: 1_000),
                Fixture.listing("l7", template: "t5", createdAt: 400),
                Fixture.listing("l11", template: "t6", createdAt: 500, sale: 500),
                Fixture.listing("l8", template: "t1", createdAt: 60, status: .paused),
                Fixture.listing("l9", template: "t1", createdAt: 70, warehouse: "w2"),
                Fixture.listing("l10", template: "t1", createdAt: 80, company: "c2"),
            ],
            templates: [
                Fixture.template("t1", category: "l3-shirts", suggested: 800, season: "summer"),
                Fixture.template("t2", category: "l3-socks", quality: .premium, suggested: 400),
                Fixture.template("t3", category: "l3-hats", quality: .luxury, suggested: 2_000, season: "winter"),
                Fixture.template("t5", category: "l3-hats"),
                Fixture.template("t6", category: "l3-shirts", suggested: 1_000),
            ],
            inventory: [
                Fixture.stock("t1", 8), Fixture.stock("t2", 5), Fixture.stock("t3", 3), Fixture.stock("t4", 4),
                Fixture.stock("t6", 100), Fixture.stock("t5", 50, warehouse: "w2"),
            ],
            bands: [
                Fixture.band("b-10", category: "l3-shirts", min: 4, max: 8),
                Fixture.band("b-20", category: "l3-shirts", min: 0, max: 50, mode: 50, active: false),
                Fixture.band("b-30", category: "l2-tops", quality: .premium, tiers: 3...5, min: 1, max: 2),
                Fixture.band("b-40", category: "l2-tops", quality: .premium, tiers: 3...3, min: 0, max: 9, mode: 7),
                Fixture.band("b-05", category: "l2-tops", quality: .premium, tiers: 1...2, min: 0, max: 9, mode: 9),
            ],
            categories: [
                CategoryNode(id: "l3-shirts", level: .l3, parentId: "l2-tops"),
                CategoryNode(id: "l3-socks", level: .l3, parentId: "l2-tops"),
                CategoryNode(id: "l3-hats", level: .l3, parentId: "l2-acc"),
            ],
            seasons: [
                SeasonScenario(id: "sc-1", definitionId: "summer", marketZone: "EU", weeks: summerWeeks),
                SeasonScenario(id: "sc-2", definitionId: "winter", marketZone: "EU", weeks: winterWeeks),
                SeasonScenario(id: "sc-9", definitionId: "winter", marketZone: "EU", weeks: summerWeeks.map { _ in 100 }),
                SeasonScenario(id: "sc-0", definitionId: "winter", marketZone: "USA", weeks: summerWeeks.map { _ in 100 }),
            ],
            priceIndices: [
                ZonePriceIndex(marketZone: "EU", multiplier: 1.25, isActive: true),
                ZonePriceIndex(marketZone: "USA", multiplier: 2.0, isActive: true),
            ],
            metrics: [
                Fixture.salesCount(3.7), Fixture.salesCount(1.0, warehouse: "w2"),
                BuildingMetricState(buildingId: "w1", metricType: "REVENUE", currentLevel: 5),
            ])
    }
}
