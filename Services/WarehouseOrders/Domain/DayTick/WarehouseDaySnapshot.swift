/// Everything one warehouse's day tick reads, loaded in bulk by storage (seed §1 "Bulk fetches",
/// D002-26): the core never asks for anything per listing.
///
/// Collections may hold more than the tick needs (other warehouses' inventory, other zones'
/// indices and scenarios, inactive bands, non-LISTED listings); the tick filters them the way
/// the seed's queries do. Their order does not matter.
public struct WarehouseDaySnapshot: Hashable, Sendable {
    /// From the `warehouse.day.tick` event.
    public var companyId: CompanyID
    /// From the `warehouse.day.tick` event.
    public var warehouseBuildingId: WarehouseID
    /// From the `warehouse.day.tick` event (D002-06).
    public var dayKey: DayKey
    /// True when this (warehouse, day) was already handled: the marker insert hit a conflict or
    /// an order exists for it (D002-05). The tick then does nothing at all.
    public var alreadyTicked: Bool
    /// The warehouse; `nil` when storage found none (an error, D002-22).
    public var building: WarehouseBuilding?
    public var priceIndices: [ZonePriceIndex]
    /// All listings of the warehouse; only `LISTED` ones of `companyId` are considered.
    public var listings: [Listing]
    /// The templates of those listings (extra ones are harmless).
    public var templates: [ProductTemplate]
    public var inventory: [InventoryItem]
    public var seasonScenarios: [SeasonScenario]
    public var metricStates: [BuildingMetricState]
    /// The bands for the templates' categories and their L2 parents.
    public var bands: [DemandBand]
    /// The templates' L3 category nodes.
    public var categories: [CategoryNode]

    public init(
        companyId: CompanyID, warehouseBuildingId: WarehouseID, dayKey: DayKey, alreadyTicked: Bool = false,
        building: WarehouseBuilding?, priceIndices: [ZonePriceIndex] = [], listings: [Listing] = [],
        templates: [ProductTemplate] = [], inventory: [InventoryItem] = [], seasonScenarios: [SeasonScenario] = [],
        metricStates: [BuildingMetricState] = [], bands: [DemandBand] = [], categories: [CategoryNode] = []
    ) {
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
        self.alreadyTicked = alreadyTicked
        self.building = building
        self.priceIndices = priceIndices
        self.listings = listings
        self.templates = templates
        self.inventory = inventory
        self.seasonScenarios = seasonScenarios
        self.metricStates = metricStates
        self.bands = bands
        self.categories = categories
    }
}
