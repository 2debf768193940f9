import EventContracts
import Logging
import ServiceKit
import WarehouseOrdersDomain

/// Applies warehouse-orders' events: reference data kept current (set-based upserts, one pipeline
/// per run of reference events) and day ticks (seed 002 Step A, a constant number of round trips
/// each, however many listings).
///
/// A batch is applied in delivery order: the reference events before a tick are written before the
/// tick reads them. An invalid reference event or a tick for an unknown or foreign warehouse is
/// rejected (dead-lettered with the reason) and changes nothing.
struct WarehouseOrdersHandler: EventHandler {
    static let consumedTypes = [
        WarehouseBuildingUpserted.eventType, WarehouseListingUpserted.eventType, WarehouseInventoryAdjusted.eventType,
        CatalogTemplateUpserted.eventType, CatalogCategoryUpserted.eventType, DemandBandUpserted.eventType,
        MarketPriceIndexUpdated.eventType, MarketSeasonScenarioUpserted.eventType, WarehouseMetricUpdated.eventType,
        EventContracts.WarehouseDayTick.eventType,
    ]

    /// The CloudEvents `source` of what this service emits.
    static let source = EventSource.service("warehouse-orders")

    let store: WarehouseStore
    let config: DayTickConfig

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var changes = ReferenceChanges()
        for (sequence, event) in events.enumerated() {
            if let tick = event.payload as? EventContracts.WarehouseDayTick {
                try write(&changes, batch: batch)
                try runDayTick(tick, cause: event, in: &batch)
            } else {
                try changes.add(event, sequence: sequence)
            }
        }
        try write(&changes, batch: batch)
    }

    /// Writes the pending reference rows: one query for the band overlap check when bands changed,
    /// then one pipeline of upserts.
    private func write(_ changes: inout ReferenceChanges, batch: Batch) throws {
        guard !changes.isEmpty else { return }
        if !changes.bands.isEmpty {
            try changes.checkBandOverlaps(stored: try store.bands(inCategories: changes.bandCategories, on: batch.connection))
        }
        _ = try batch.connection.pipeline(store.upsertStatements(changes))
        changes = ReferenceChanges()
    }
}
