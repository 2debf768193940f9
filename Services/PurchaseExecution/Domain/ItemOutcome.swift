/// The status of one executed item (`purchase.batch.executed`).
public enum ItemStatus: String, Sendable, Equatable, Codable {
    /// Bought the planned quantity.
    case filled = "FILLED"
    /// Bought fewer units (short stock or a price increase within the band).
    case partial = "PARTIAL"
    /// Bought nothing; `reason` says why.
    case rejected = "REJECTED"
    /// The idempotency key was already applied: no second effect.
    case duplicate = "DUPLICATE"
}

/// Why an item was rejected, partly filled or duplicate.
public enum ItemReason: String, Sendable, Equatable, Codable {
    case duplicate = "duplicate"
    /// The wave was rolled back: nothing more is bought for it.
    case waveRolledBack = "wave_rolled_back"
    case inactive = "inactive"
    case companyMismatch = "company_mismatch"
    case selfSell = "self_sell"
    case priceInvalid = "price_invalid"
    case priceAboveHardCap = "price_above_hard_cap"
    case priceChanged = "price_changed"
    case noStock = "no_stock"
    case unaffordable = "unaffordable"
    /// PARTIAL: the stock ran short.
    case stockShort = "stock_short"
    /// PARTIAL: the verified price (within the band) buys fewer units with the planned spend.
    case priceIncrease = "price_increase"
}

/// One item's result: what was bought, at which verified price, and why not more.
public struct ItemOutcome: Sendable, Equatable, Codable {
    public var idempotencyKey: String
    public var productId: String
    public var status: ItemStatus
    public var quantity: Int64
    public var unitPriceCents: Int64
    public var spentCents: Int64
    public var reason: ItemReason?
}
