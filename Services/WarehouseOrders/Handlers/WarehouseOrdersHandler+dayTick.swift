import Foundation
import EventContracts
import ServiceKit
import WarehouseOrdersDomain

extension WarehouseOrdersHandler {
    /// One `warehouse.day.tick` (seed §1–2, D002-01…27), inside the batch's transaction:
    ///
    /// 1. claim the (warehouse, day) — lock and marker (D002-05), one round trip;
    /// 2. if fresh, bulk-load the snapshot — one pipeline (D002-26);
    /// 3. run the pure core;
    /// 4. write order, items, sales log, reservations and pauses — one pipeline — and meanwhile encode
    ///    `warehouse.order.created`, `warehouse.listing.paused` and `warehouse.day.completed` for the outbox.
    ///
    /// A duplicate (warehouse, day) reads and writes nothing and reports `skippedAsDuplicate`.
    ///
    /// - Throws: ``EventRejected`` when the warehouse is unknown or owned by another company
    ///   (D002-22); the transaction is rolled back, so not even the marker stays.
    func runDayTick(_ tick: EventContracts.WarehouseDayTick, cause: IncomingEvent, in batch: inout Batch) throws {
        guard let day = DayKey(tick.dayKey) else {
            throw EventRejected(eventID: cause.envelope.id, reason: "dayKey '\(tick.dayKey)' is not YYYY-MM-DD")
        }
        let company = CompanyID(tick.companyId)
        let warehouse = WarehouseID(tick.warehouseBuildingId)
        let connection = batch.connection
        let snapshot: WarehouseDaySnapshot
        if try store.claimDay(warehouse: warehouse, day: day, on: connection) {
            snapshot = try store.loadSnapshot(
                company: company, warehouse: warehouse, day: day, defaultZone: config.defaultMarketZone, on: connection)
        } else {
            snapshot = WarehouseDaySnapshot(
                companyId: company, warehouseBuildingId: warehouse, dayKey: day, alreadyTicked: true, building: nil)
        }
        let result: DayTickResult
        do {
            result = try WarehouseOrdersDomain.WarehouseDayTick.run(snapshot, config: config)
        } catch {
            throw EventRejected(eventID: cause.envelope.id, reason: error.description)
        }
        // The events depend on the decisions only, so another thread encodes them while the server writes.
        let now = Date()
        let envelope = cause.envelope
        let messages = try store.write(result, on: connection) {
            try DayTickEvents(result: result, cause: envelope, now: now).messages()
        }
        batch.emit(messages)
        for listing in result.listingsWithoutTemplate {
            batch.logger.warning(
                "listing has stock but no template; skipped",
                metadata: ["listing_id": "\(listing)", "warehouse_id": "\(warehouse)", "event_id": "\(cause.envelope.id)"])
        }
        batch.logger.info(
            "day tick",
            metadata: [
                "warehouse_id": "\(warehouse)", "day": "\(day)", "event_id": "\(cause.envelope.id)",
                "units": "\(result.summary.unitsOrdered)", "duplicate": "\(result.summary.skippedAsDuplicate)",
            ])
    }
}
