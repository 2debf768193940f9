/// One product as the integer allocator sees it: weight, price and caps, plus what earlier
/// execution passes already bought (D000-37).
///
/// The planner builds these; the lead persists them with the plan so that reallocation passes
/// run from the executed state without re-scoring.
public struct AllocationEntry: Sendable, Equatable, Codable {
    public var productId: String
    public var companyId: String
    /// D000-22 integer weight; 0 never receives money.
    public var weight: Int64
    /// The unit price allocation uses: planned, then the last verified price (D000-36).
    public var priceCents: Int64
    /// D000-30: `min(maxUnitsPerOrder, maxPerOrder, effectiveStock)` per product per wave.
    public var unitCap: Int64
    /// D000-25 maxSpend, or the D000-21 new-product cap.
    public var spendCapCents: Int64
    /// Units and cents already executed in earlier passes of this wave.
    public var boughtUnits: Int64
    public var boughtSpendCents: Int64
    /// Out of the wave's allocation: dropped below the minimum (D000-24), frozen after a partial
    /// fill (D000-36) or aborted at execution (D000-35).
    public var isFrozen: Bool

    public init(
        productId: String, companyId: String, weight: Int64, priceCents: Int64, unitCap: Int64,
        spendCapCents: Int64, boughtUnits: Int64 = 0, boughtSpendCents: Int64 = 0, isFrozen: Bool = false
    ) {
        self.productId = productId
        self.companyId = companyId
        self.weight = weight
        self.priceCents = priceCents
        self.unitCap = unitCap
        self.spendCapCents = spendCapCents
        self.boughtUnits = boughtUnits
        self.boughtSpendCents = boughtSpendCents
        self.isFrozen = isFrozen
    }

    /// D000-27: `min(unitCap, floor(maxSpend_p / price))`, counting what was already bought.
    public var maxUnits: Int64 {
        guard !isFrozen, priceCents > 0 else { return boughtUnits }
        let affordable = max(0, spendCapCents - boughtSpendCents) / priceCents
        return max(boughtUnits, min(unitCap, boughtUnits + affordable))
    }

    /// D000-28: `moneyCap_p = maxUnits × price` (plus what earlier passes spent).
    public var moneyCapCents: Int64 { boughtSpendCents + (maxUnits - boughtUnits) * priceCents }

    /// Can still receive money in a round or a top-up.
    var isRecipient: Bool { weight > 0 && !isFrozen && maxUnits > boughtUnits }
}
