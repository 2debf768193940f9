import Money

/// The tick's verdict on one LISTED listing that had stock and a template: its reasons and its
/// ordered quantity, which may be 0 (then it yields no order item and no sales log row, seed §1).
public struct ListingEvaluation: Hashable, Sendable {
    public var listing: Listing
    public var reasons: ReasonsSnapshot
    /// `roundHalfUp(expectedUnits × priceMultiplier)`, 0 when season-blocked.
    public var finalDesired: Int64
    /// `min(finalDesired, remaining stock of the template)` (D002-15).
    public var orderedQty: Int64

    public init(listing: Listing, reasons: ReasonsSnapshot, finalDesired: Int64, orderedQty: Int64) {
        self.listing = listing
        self.reasons = reasons
        self.finalDesired = finalDesired
        self.orderedQty = orderedQty
    }
}
