/// The split between the services: at verified price P an item buys
/// `q = min(plannedQty, stock, floor(plannedSpendCents / P))`, so it never spends more than
/// planned and no interleaving of batches can break the wave budget or a company cap.
enum PurchaseQuantity {
    /// `price` is positive (verification refused anything else).
    static func units(planned: Int64, stock: Int64?, plannedSpendCents: Int64, price: Int64) -> (units: Int64, limitedBy: ItemReason?) {
        let affordable = max(0, plannedSpendCents) / price
        let available = stock.map { max(0, $0) } ?? .max
        let units = min(planned, available, affordable)
        guard units < planned else { return (units, nil) }
        if units == 0 { return (0, available == 0 ? .noStock : .unaffordable) }
        return (units, available < affordable ? .stockShort : .priceIncrease)
    }
}
