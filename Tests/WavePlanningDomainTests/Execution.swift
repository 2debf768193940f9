import WavePlanningDomain

/// A stand-in for purchase-execution in planner tests: turns a pass's orders into results.
enum Execution {
    /// Every order filled at its planned price, except those `override` answers for.
    static func results(_ pass: WavePass, override: (PlannedOrder) -> ExecutedItem? = { _ in nil }) -> [ExecutedItem] {
        pass.orders.map { order in
            override(order) ?? filled(order, price: order.unitPriceCents)
        }
    }

    /// Executed at `price` buying `min(qty, floor(plannedSpend / price))`: FILLED or PARTIAL.
    static func filled(_ order: PlannedOrder, price: Int64) -> ExecutedItem {
        let units = min(order.quantity, order.plannedSpendCents / price)
        return ExecutedItem(
            idempotencyKey: order.idempotencyKey, productId: order.productId,
            status: units == order.quantity ? .filled : (units == 0 ? .rejected : .partial), quantity: units,
            unitPriceCents: price, spentCents: units * price)
    }

    static func partial(_ order: PlannedOrder, units: Int64) -> ExecutedItem {
        ExecutedItem(idempotencyKey: order.idempotencyKey, productId: order.productId, status: .partial, quantity: units,
                     unitPriceCents: order.unitPriceCents, spentCents: units * order.unitPriceCents, reason: "stock_short")
    }

    static func rejected(_ order: PlannedOrder, reason: String) -> ExecutedItem {
        ExecutedItem(idempotencyKey: order.idempotencyKey, productId: order.productId, status: .rejected, quantity: 0,
                     unitPriceCents: order.unitPriceCents, spentCents: 0, reason: reason)
    }
}
