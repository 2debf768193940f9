/// Everything one day tick decided, for storage to write in one transaction with the
/// (warehouse, day) marker (D002-05) and for the handler to emit as events.
///
/// A duplicate tick (``DayCompletedSummary/skippedAsDuplicate``) decides nothing: every
/// collection is empty and `order` is `nil`.
public struct DayTickResult: Hashable, Sendable {
    public var companyId: CompanyID
    public var warehouseBuildingId: WarehouseID
    public var dayKey: DayKey
    /// The zone used (D002-22); `nil` for a duplicate tick, which looks nothing up.
    public var marketZone: MarketZone?
    /// `warehouse.order.created`; `nil` when no item has a quantity > 0 (seed §1).
    public var order: WarehouseOrder?
    /// Listings to set `PAUSED/OUT_OF_STOCK` and announce (`warehouse.listing.paused`), in
    /// listing order, each once; written even without an order (D002-19).
    public var pausedListings: [ListingPause]
    /// Stock decrements (D002-04).
    public var inventoryReservations: [InventoryReservation]
    /// Sales log upserts, one per order item (D002-20).
    public var salesLog: [DailySalesLogRow]
    /// Every listing evaluated, including those ordering 0, for logs and diagnostics.
    public var evaluations: [ListingEvaluation]
    /// LISTED listings with stock but no template: skipped without a pause; the handler logs a
    /// warning for each (D002-17).
    public var listingsWithoutTemplate: [ListingID]
    /// `warehouse.day.completed`.
    public var summary: DayCompletedSummary

    public init(
        companyId: CompanyID, warehouseBuildingId: WarehouseID, dayKey: DayKey, marketZone: MarketZone?,
        order: WarehouseOrder?, pausedListings: [ListingPause], inventoryReservations: [InventoryReservation],
        salesLog: [DailySalesLogRow], evaluations: [ListingEvaluation], listingsWithoutTemplate: [ListingID],
        summary: DayCompletedSummary
    ) {
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.dayKey = dayKey
        self.marketZone = marketZone
        self.order = order
        self.pausedListings = pausedListings
        self.inventoryReservations = inventoryReservations
        self.salesLog = salesLog
        self.evaluations = evaluations
        self.listingsWithoutTemplate = listingsWithoutTemplate
        self.summary = summary
    }

    /// The result of a tick whose (warehouse, day) was already handled (D002-05): nothing to
    /// write, not even pauses; only the summary with `skippedAsDuplicate`.
    static func duplicate(of snapshot: WarehouseDaySnapshot) -> DayTickResult {
        DayTickResult(
            companyId: snapshot.companyId, warehouseBuildingId: snapshot.warehouseBuildingId, dayKey: snapshot.dayKey,
            marketZone: nil, order: nil, pausedListings: [], inventoryReservations: [], salesLog: [], evaluations: [],
            listingsWithoutTemplate: [], summary: DayCompletedSummary(skippedAsDuplicate: true))
    }
}
