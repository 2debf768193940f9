import WarehouseOrdersDomain

/// The validated reference rows of a batch waiting to be written, latest per key.
struct ReferenceChanges: Sendable {
    var buildings = LatestByKey<WarehouseBuilding>()
    var priceIndices = LatestByKey<ZonePriceIndex>()
    var listings = LatestByKey<Listing>()
    var templates = LatestByKey<ProductTemplate>()
    var inventory = LatestByKey<InventoryItem>()
    var seasons = LatestByKey<SeasonScenario>()
    var metrics = LatestByKey<BuildingMetricState>()
    var bands = LatestByKey<DemandBand>()
    var categories = LatestByKey<CategoryNode>()

    var isEmpty: Bool {
        buildings.isEmpty && priceIndices.isEmpty && listings.isEmpty && templates.isEmpty && inventory.isEmpty
            && seasons.isEmpty && metrics.isEmpty && bands.isEmpty && categories.isEmpty
    }

    /// Composite keys join their parts with a character ids cannot contain (validation refuses `:`).
    static func key(_ parts: String...) -> String { parts.joined(separator: ":") }

    /// The id a stored (definition, zone) scenario row gets in the domain, which refuses `:` in ids; it
    /// only has to be unique within one zone, where the definition id alone already is.
    static func seasonScenarioID(definition: String, zone: String) -> SeasonScenarioID {
        SeasonScenarioID("\(definition)/\(zone)")
    }
}
