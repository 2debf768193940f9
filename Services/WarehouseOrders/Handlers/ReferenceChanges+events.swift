import EventContracts
import Money
import ServiceKit
import WarehouseOrdersDomain

extension ReferenceChanges {
    /// Turns a reference event into its domain row, validates it as the domain requires (D002-09,
    /// D002-10, D002-18) and keeps it if it is the latest of its key in the batch.
    ///
    /// - Throws: ``EventRejected`` naming the invalid field; nothing of that event is kept.
    mutating func add(_ event: IncomingEvent, sequence: Int) throws {
        let id = event.envelope.id
        let time = event.envelope.time
        func versioned<Value>(_ value: Value) -> Versioned<Value> {
            Versioned(value: value, time: time, eventID: id, sequence: sequence)
        }
        do throws(any Error) {
            switch event.payload {
            case let data as WarehouseBuildingUpserted:
                let row = WarehouseBuilding(
                    id: .init(rawValue: data.warehouseBuildingId), companyId: .init(rawValue: data.companyId),
                    marketZone: data.marketZone.map(MarketZone.init(rawValue:)))
                try row.validate()
                buildings.add(versioned(row), key: row.id.rawValue)
            case let data as MarketPriceIndexUpdated:
                let row = ZonePriceIndex(
                    marketZone: MarketZone(rawValue: data.marketZone), multiplier: data.multiplier, isActive: data.isActive)
                try row.validate()
                priceIndices.add(versioned(row), key: row.marketZone.rawValue)
            case let data as WarehouseListingUpserted:
                let row = Listing(
                    id: .init(rawValue: data.listingId), companyId: .init(rawValue: data.companyId),
                    warehouseBuildingId: .init(rawValue: data.warehouseBuildingId), productTemplateId: .init(rawValue: data.productTemplateId),
                    playerProductId: .init(rawValue: data.playerProductId), salePrice: data.salePriceCents.map { Cents($0) },
                    listPrice: Cents(data.listPriceCents), status: .init(rawValue: data.status.rawValue),
                    createdAt: data.createdAt)
                try row.validate()
                listings.add(versioned(row), key: row.id.rawValue)
            case let data as CatalogTemplateUpserted:
                let row = try ProductTemplate(data)
                try row.validate()
                templates.add(versioned(row), key: row.id.rawValue)
            case let data as WarehouseInventoryAdjusted:
                let row = InventoryItem(
                    warehouseBuildingId: .init(rawValue: data.warehouseBuildingId), productTemplateId: .init(rawValue: data.productTemplateId),
                    qtyOnHand: data.qtyOnHand, avgUnitCost: Cents(data.avgUnitCostCents))
                try row.validate()
                inventory.add(versioned(row), key: Self.key(data.warehouseBuildingId, data.productTemplateId))
            case let data as MarketSeasonScenarioUpserted:
                let row = SeasonScenario(
                    id: Self.seasonScenarioID(definition: data.definitionId, zone: data.marketZone), definitionId: .init(rawValue: data.definitionId),
                    marketZone: MarketZone(rawValue: data.marketZone), weeks: data.weeks, isActive: data.isActive)
                try row.validate()
                seasons.add(versioned(row), key: Self.key(data.definitionId, data.marketZone))
            case let data as WarehouseMetricUpdated:
                let row = BuildingMetricState(
                    buildingId: .init(rawValue: data.warehouseBuildingId), metricType: .init(rawValue: data.metricType.rawValue),
                    currentLevel: data.currentLevel)
                try row.validate()
                metrics.add(versioned(row), key: Self.key(data.warehouseBuildingId, data.metricType.rawValue))
            case let data as DemandBandUpserted:
                // Overlaps with stored bands are checked when the batch's bands are written (D002-09).
                let row = try DemandBand(data)
                try row.validate()
                bands.add(versioned(row), key: row.id.rawValue)
            case let data as CatalogCategoryUpserted:
                let row = try CategoryNode(data)
                try row.validate()
                categories.add(versioned(row), key: row.id.rawValue)
            default:
                throw EventRejected(eventID: id, reason: "event type \(event.envelope.type) has no reference handler")
            }
        } catch let error as ReferenceDataError {
            throw EventRejected(eventID: id, reason: error.description)
        } catch let error as UnknownEnumValue {
            throw EventRejected(eventID: id, reason: error.description)
        }
    }
}

extension ProductTemplate {
    init(_ data: CatalogTemplateUpserted) throws(UnknownEnumValue) {
        guard let quality = WarehouseOrdersDomain.ProductQuality(rawValue: data.productQuality.rawValue) else {
            throw UnknownEnumValue(column: "productQuality", value: data.productQuality.rawValue)
        }
        self.init(
            id: .init(rawValue: data.productTemplateId), categoryL3Id: .init(rawValue: data.categoryL3Id), productQuality: quality,
            suggestedSalePrice: Cents(data.suggestedSalePriceCents),
            seasonScenarioDefinitionId: data.seasonScenarioDefinitionId.map { SeasonDefinitionID($0) },
            productSeason: data.productSeason)
    }
}

extension DemandBand {
    init(_ data: DemandBandUpserted) throws(UnknownEnumValue) {
        guard let quality = WarehouseOrdersDomain.ProductQuality(rawValue: data.productQuality.rawValue) else {
            throw UnknownEnumValue(column: "productQuality", value: data.productQuality.rawValue)
        }
        self.init(
            id: .init(rawValue: data.bandId), categoryId: .init(rawValue: data.categoryId), productQuality: quality, tierMin: data.tierMin,
            tierMax: data.tierMax, minDaily: data.minDaily, maxDaily: data.maxDaily, expectedMode: data.expectedMode,
            isActive: data.isActive)
    }
}

extension CategoryNode {
    init(_ data: CatalogCategoryUpserted) throws(UnknownEnumValue) {
        guard let level = WarehouseOrdersDomain.CategoryLevel(rawValue: data.level.rawValue) else {
            throw UnknownEnumValue(column: "level", value: data.level.rawValue)
        }
        self.init(id: .init(rawValue: data.categoryId), level: level, parentId: data.parentId.map { CategoryID($0) })
    }
}
