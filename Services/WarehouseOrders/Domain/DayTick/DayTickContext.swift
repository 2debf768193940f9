/// The snapshot indexed for one tick (D002-26): every lookup the per-listing loop needs is a
/// dictionary read, and every per-warehouse value (zone, multiplier, tier, week) is computed
/// once.
struct DayTickContext {
    let snapshot: WarehouseDaySnapshot
    let config: DayTickConfig
    let marketZone: MarketZone
    /// D002-01: 1.0 without an active, finite, positive index for the zone.
    let zoneMultiplier: Double
    /// D002-13.
    let tier: Int64
    /// D002-07.
    let weekIndex0: Int
    /// LISTED listings of the warehouse and company in (`createdAt`, `id`) order (D002-16).
    let listings: [Listing]
    let templates: [ProductTemplateID: ProductTemplate]
    let inventory: [ProductTemplateID: InventoryItem]
    /// Weeks of the active scenario per definition in this zone, lowest scenario id (D002-22).
    let seasonWeeks: [SeasonDefinitionID: [Double]]
    let bands: BandCatalog

    /// Checks the warehouse (D002-22) and indexes the snapshot.
    init(_ snapshot: WarehouseDaySnapshot, config: DayTickConfig) throws(DayTickError) {
        guard let building = snapshot.building, building.id == snapshot.warehouseBuildingId else {
            throw .warehouseNotFound(snapshot.warehouseBuildingId)
        }
        guard building.companyId == snapshot.companyId else {
            throw .warehouseNotOwned(building.id, tickCompany: snapshot.companyId, owner: building.companyId)
        }
        self.snapshot = snapshot
        self.config = config
        let zone = building.effectiveZone(default: config.defaultMarketZone)
        marketZone = zone
        let zoneIndex = try SnapshotIndex.unique(
            snapshot.priceIndices.lazy.filter { $0.marketZone == zone }, kind: .priceIndex, key: \.marketZone)
        zoneMultiplier = zoneIndex[zone]?.effectiveMultiplier ?? 1.0
        let metrics = try SnapshotIndex.unique(
            snapshot.metricStates.lazy.filter { $0.buildingId == building.id }, kind: .metricState, key: \.metricType.rawValue)
        tier = DemandTier.from(salesCountLevel: metrics[BuildingMetricType.salesCount.rawValue]?.currentLevel)
        weekIndex0 = snapshot.dayKey.weekIndex0
        let listed = snapshot.listings.filter {
            $0.status == .listed && $0.warehouseBuildingId == building.id && $0.companyId == snapshot.companyId
        }
        _ = try SnapshotIndex.unique(listed, kind: .listing) { $0.id.rawValue }
        listings = listed.sorted(by: Listing.processedBefore)
        templates = try SnapshotIndex.unique(snapshot.templates, kind: .template, key: \.id)
        inventory = try SnapshotIndex.unique(
            snapshot.inventory.lazy.filter { $0.warehouseBuildingId == building.id }, kind: .inventoryItem,
            key: \.productTemplateId)
        seasonWeeks = try Self.activeSeasonWeeks(snapshot.seasonScenarios, zone: zone)
        bands = try BandCatalog(bands: snapshot.bands, categories: snapshot.categories)
    }

    /// The weeks of the active scenario of each definition in the zone; with several, the
    /// lowest scenario id wins (D002-22).
    private static func activeSeasonWeeks(
        _ scenarios: [SeasonScenario], zone: MarketZone
    ) throws(DayTickError) -> [SeasonDefinitionID: [Double]] {
        _ = try SnapshotIndex.unique(scenarios, kind: .seasonScenario) { $0.id.rawValue }
        var chosen: [SeasonDefinitionID: SeasonScenario] = [:]
        for scenario in scenarios where scenario.isActive && scenario.marketZone == zone {
            if let current = chosen[scenario.definitionId], current.id < scenario.id { continue }
            chosen[scenario.definitionId] = scenario
        }
        return chosen.mapValues(\.weeks)
    }
}
