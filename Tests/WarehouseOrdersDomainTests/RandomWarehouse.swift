import Foundation
import Money
import Testing
import WarehouseOrdersDomain

/// Random but reproducible warehouse days for the property tests: small id pools so that
/// templates share listings, listings share createdAt values, bands overlap and stock runs out.
struct RandomWarehouse {
    var rng: HashRandom

    private static let categories: [CategoryID] = ["c0", "c1", "c2", "c3", "p0", "p1"]
    private static let templateIds: [ProductTemplateID] = ["t0", "t1", "t2", "t3", "t4", "t5", "t6"]
    private static let seasons: [SeasonDefinitionID?] = [nil, "s0", "s1", "s2"]
    private static let zones: [MarketZone] = ["EU", "USA"]

    mutating func config() -> DayTickConfig {
        DayTickConfig(
            seasonScaling: rng.chance(0.3),
            testDemandMultiplier: rng.chance(0.2) ? rng.pick([0, 0.5, 2]) : nil)
    }

    mutating func snapshot() throws -> WarehouseDaySnapshot {
        let day = try #require(DayKey(year: Int(rng.int(2024...2025)), month: Int(rng.int(1...12)), day: Int(rng.int(1...28))))
        return WarehouseDaySnapshot(
            companyId: "c1", warehouseBuildingId: "w1", dayKey: day,
            alreadyTicked: rng.chance(0.05),
            building: WarehouseBuilding(id: "w1", companyId: "c1", marketZone: rng.pick([nil] + Self.zones) ?? nil),
            priceIndices: priceIndices(), listings: listings(), templates: templates(), inventory: inventory(),
            seasonScenarios: seasonScenarios(), metricStates: metrics(), bands: bands(), categories: categoryNodes())
    }

    private mutating func priceIndices() -> [ZonePriceIndex] {
        Self.zones.compactMap { zone in
            rng.chance(0.7)
                ? ZonePriceIndex(
                    marketZone: zone, multiplier: rng.pick([0.5, 0.8, 1, 1.25, 2, 0, -1]) ?? 1, isActive: rng.chance(0.8))
                : nil
        }
    }

    private mutating func categoryNodes() -> [CategoryNode] {
        ["c0", "c1", "c2", "c3"].map { id in
            CategoryNode(id: id, level: rng.chance(0.85) ? .l3 : .l2, parentId: rng.pick([nil, "p0", "p1"]) ?? nil)
        } + [CategoryNode(id: "p0", level: .l2), CategoryNode(id: "p1", level: .l2)]
    }

    private mutating func templates() -> [ProductTemplate] {
        Self.templateIds.compactMap { id in
            guard rng.chance(0.85) else { return nil }
            return ProductTemplate(
                id: id, categoryL3Id: rng.pick(Self.categories + ["cx"]) ?? "cx",
                productQuality: rng.pick(ProductQuality.allCases) ?? .standard,
                suggestedSalePrice: Cents(rng.pick([0, 300, 800, 1_000, 2_000]) ?? 1_000),
                seasonScenarioDefinitionId: rng.pick(Self.seasons) ?? nil)
        }
    }

    mutating func bands() -> [DemandBand] {
        (0..<rng.int(0...7)).map { index in
            let tierMin = rng.int(1...5)
            let minDaily = rng.int(0...10)
            let maxDaily = minDaily + rng.int(0...20)
            return DemandBand(
                id: DemandBandID("b\(index)"), categoryId: rng.pick(Self.categories) ?? "c0",
                productQuality: rng.pick(ProductQuality.allCases) ?? .standard, tierMin: tierMin,
                tierMax: rng.int(tierMin...5), minDaily: minDaily, maxDaily: maxDaily,
                expectedMode: rng.chance(0.5) ? rng.int(minDaily...maxDaily) : nil, isActive: rng.chance(0.8))
        }
    }

    private mutating func seasonScenarios() -> [SeasonScenario] {
        (0..<rng.int(0...5)).map { index in
            let length = rng.chance(0.8) ? 52 : Int(rng.int(0...20))
            return SeasonScenario(
                id: SeasonScenarioID("sc\(index)"), definitionId: rng.pick(["s0", "s1", "s2"]) ?? "s0",
                marketZone: rng.pick(Self.zones) ?? "EU",
                weeks: (0..<length).map { _ in rng.pick([0, 30, 50, 100]) ?? 100 }, isActive: rng.chance(0.8))
        }
    }

    private mutating func inventory() -> [InventoryItem] {
        Self.templateIds.flatMap { id -> [InventoryItem] in
            var rows: [InventoryItem] = []
            if rng.chance(0.8) { rows.append(InventoryItem(warehouseBuildingId: "w1", productTemplateId: id, qtyOnHand: rng.int(0...15))) }
            if rng.chance(0.2) { rows.append(InventoryItem(warehouseBuildingId: "w2", productTemplateId: id, qtyOnHand: 99)) }
            return rows
        }
    }

    private mutating func metrics() -> [BuildingMetricState] {
        rng.chance(0.7) ? [BuildingMetricState(buildingId: "w1", metricType: .salesCount, currentLevel: rng.unit() * 7)] : []
    }

    private mutating func listings() -> [Listing] {
        (0..<rng.int(0...14)).map { index in
            Listing(
                id: ListingID("l\(index)"), companyId: rng.chance(0.95) ? "c1" : "c2",
                warehouseBuildingId: rng.chance(0.9) ? "w1" : "w2",
                productTemplateId: rng.pick(Self.templateIds) ?? "t0", playerProductId: PlayerProductID("p\(index)"),
                salePrice: (rng.pick([nil, 200, 500, 800, 1_000, 1_500, 2_500] as [Int64?]) ?? nil).map { Cents($0) },
                listPrice: Cents(rng.pick([500, 1_000, 1_600]) ?? 1_000),
                status: rng.chance(0.85) ? .listed : .paused,
                createdAt: Date(timeIntervalSince1970: Double(rng.int(0...5))))
        }
    }
}
