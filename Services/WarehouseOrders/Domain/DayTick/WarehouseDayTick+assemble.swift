extension WarehouseDayTick {
    /// Turns the loop's decisions into the order, its sales log rows, the pauses and the
    /// summary counters.
    static func assemble(
        _ context: DayTickContext, _ ledger: StockLedger, _ paused: Set<ListingID>,
        _ evaluations: [ListingEvaluation], _ withoutTemplate: [ListingID]
    ) throws(DayTickError) -> DayTickResult {
        let snapshot = context.snapshot
        let ordering = evaluations.filter { $0.orderedQty > 0 }
        let orderId = ordering.isEmpty
            ? nil : OrderIdentity.orderId(warehouseBuildingId: snapshot.warehouseBuildingId, dayKey: snapshot.dayKey)
        var units: Int64 = 0
        for evaluation in ordering {
            let (sum, overflow) = units.addingReportingOverflow(evaluation.orderedQty)
            if overflow { throw .unitsOrderedOverflow }
            units = sum
        }
        let order = orderId.map { id in
            WarehouseOrder(
                id: id, companyId: snapshot.companyId, warehouseBuildingId: snapshot.warehouseBuildingId,
                dayKey: snapshot.dayKey,
                items: ordering.enumerated().map { sortIndex, evaluation in
                    orderItem(evaluation, orderId: id, sortIndex: sortIndex)
                })
        }
        let pauses = context.listings.lazy.filter { paused.contains($0.id) }.map {
            ListingPause(listingId: $0.id, productTemplateId: $0.productTemplateId)
        }
        let summary = DayCompletedSummary(
            orderId: orderId, listingsConsidered: Int64(context.listings.count), itemsOrdered: Int64(ordering.count),
            unitsOrdered: units, blockedByPrice: Int64(evaluations.count { $0.reasons.blockedByPrice }),
            blockedBySeason: Int64(evaluations.count { $0.reasons.blockedBySeason }), paused: Int64(paused.count),
            skippedAsDuplicate: false)
        return DayTickResult(
            companyId: snapshot.companyId, warehouseBuildingId: snapshot.warehouseBuildingId, dayKey: snapshot.dayKey,
            marketZone: context.marketZone, order: order, pausedListings: Array(pauses),
            inventoryReservations: ledger.reservations,
            salesLog: ordering.map { salesLogRow($0, context) }, evaluations: evaluations,
            listingsWithoutTemplate: withoutTemplate, summary: summary)
    }

    private static func orderItem(_ evaluation: ListingEvaluation, orderId: OrderID, sortIndex: Int) -> WarehouseOrder.Item {
        let listing = evaluation.listing
        return WarehouseOrder.Item(
            id: OrderIdentity.orderItemId(orderId: orderId, listingId: listing.id), listingId: listing.id,
            productTemplateId: listing.productTemplateId, playerProductId: listing.playerProductId,
            qtyOrdered: evaluation.orderedQty, sortIndex: sortIndex, salePrice: listing.effectivePrice,
            expectedUnits: evaluation.reasons.expectedUnits, reasons: evaluation.reasons)
    }

    private static func salesLogRow(_ evaluation: ListingEvaluation, _ context: DayTickContext) -> DailySalesLogRow {
        let listing = evaluation.listing
        return DailySalesLogRow(
            listingId: listing.id, dayKey: context.snapshot.dayKey, companyId: context.snapshot.companyId,
            marketZone: context.marketZone, warehouseBuildingId: context.snapshot.warehouseBuildingId,
            productTemplateId: listing.productTemplateId, playerProductId: listing.playerProductId,
            qtyOrdered: evaluation.orderedQty, expectedUnits: evaluation.reasons.expectedUnits,
            seasonScore: evaluation.reasons.seasonScore, priceIndex: evaluation.reasons.priceIndex,
            reasons: evaluation.reasons, salePrice: listing.salePrice, listPrice: listing.listPrice)
    }
}
