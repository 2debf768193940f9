/// The warehouse day tick, Step A: one warehouse's customer order for one day (seed §1–2,
/// D002-01…27), as a pure function of a bulk-loaded snapshot.
///
/// ```swift
/// let result = try WarehouseDayTick.run(snapshot, config: config)
/// // storage: insert marker, order + items, sales log, reservations, pauses — one transaction
/// // handler: emit order.created (if any), listing.paused (each), day.completed
/// ```
///
/// Randomness is derived from ids and the day only (D002-03), so the same snapshot always gives
/// the same result, whatever the order of its collections.
public enum WarehouseDayTick {
    /// Runs Step A.
    ///
    /// 1. Already ticked → nothing but `skippedAsDuplicate` (D002-05).
    /// 2. Warehouse missing or not the company's → ``DayTickError`` (D002-22).
    /// 3. For each LISTED listing in (`createdAt`, `id`) order (D002-16): no stock row or no
    ///    stock left → pause (D002-15, D002-19); no template → skip (D002-17); otherwise demand,
    ///    price, season → `orderedQty = min(finalDesired, remaining)`, reserved at once (D002-15).
    /// 4. Templates whose stock reached 0 pause all their LISTED listings (D002-19).
    /// 5. Items with `orderedQty > 0` form the order, with 0-based `sortIndex` and sales log rows
    ///    (D002-16, D002-20); no such item → no order.
    ///
    /// - Throws: ``DayTickError`` for a missing or foreign warehouse, duplicate snapshot keys,
    ///   or (unvalidated data only) a day total beyond `Int64`.
    public static func run(
        _ snapshot: WarehouseDaySnapshot, config: DayTickConfig = DayTickConfig()
    ) throws(DayTickError) -> DayTickResult {
        if snapshot.alreadyTicked { return .duplicate(of: snapshot) }
        let context = try DayTickContext(snapshot, config: config)
        var ledger = StockLedger(inventory: context.inventory)
        var paused = Set<ListingID>()
        var evaluations: [ListingEvaluation] = []
        var withoutTemplate: [ListingID] = []
        evaluations.reserveCapacity(context.listings.count)

        for listing in context.listings {
            guard let remaining = ledger.remaining(for: listing.productTemplateId), remaining > 0 else {
                paused.insert(listing.id)
                continue
            }
            guard let template = context.templates[listing.productTemplateId] else {
                withoutTemplate.append(listing.id)
                continue
            }
            let evaluation = context.evaluate(listing, template: template, remaining: remaining)
            ledger.reserve(evaluation.orderedQty, of: template.id)
            evaluations.append(evaluation)
        }
        let depleted = ledger.depletedTemplates
        for listing in context.listings where depleted.contains(listing.productTemplateId) {
            paused.insert(listing.id)
        }
        return try assemble(context, ledger, paused, evaluations, withoutTemplate)
    }
}
