/// The in-memory stock of one tick: `remaining[templateId]`, decremented as listings are
/// processed, so listings sharing a template can never together order more than its stock
/// (D002-15) and stock never goes negative.
struct StockLedger {
    private var remaining: [ProductTemplateID: Int64]
    private var reserved: [ProductTemplateID: Int64] = [:]
    /// Templates in the order of their first reservation, so reservations come out in listing
    /// order without a sort.
    private var reservationOrder: [ProductTemplateID] = []

    init(inventory: [ProductTemplateID: InventoryItem]) {
        remaining = inventory.mapValues(\.qtyOnHand)
    }

    /// Units still unreserved, or `nil` when the warehouse has no stock row for the template.
    func remaining(for template: ProductTemplateID) -> Int64? {
        remaining[template]
    }

    /// Takes `quantity` units; callers pass at most ``remaining(for:)`` (``OrderQuantity/ordered(finalDesired:remaining:)``).
    mutating func reserve(_ quantity: Int64, of template: ProductTemplateID) {
        guard quantity > 0, let available = remaining[template] else { return }
        let taken = min(quantity, available)
        remaining[template] = available - taken
        if reserved[template] == nil { reservationOrder.append(template) }
        reserved[template, default: 0] += taken
    }

    /// The decrements to write (D002-04), in listing order.
    var reservations: [InventoryReservation] {
        reservationOrder.map { template in
            InventoryReservation(
                productTemplateId: template, reserved: reserved[template] ?? 0,
                qtyOnHandAfter: remaining[template] ?? 0)
        }
    }

    /// Templates whose stock today's order used up: all their LISTED listings pause (D002-19).
    var depletedTemplates: Set<ProductTemplateID> {
        Set(reservationOrder.filter { remaining[$0] == 0 })
    }
}
