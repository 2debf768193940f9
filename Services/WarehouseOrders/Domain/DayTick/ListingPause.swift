/// A listing the tick takes off sale, carried by `warehouse.listing.paused` and written as
/// status `PAUSED` with reason `OUT_OF_STOCK` (seed §1, D002-15, D002-19).
public struct ListingPause: Hashable, Sendable {
    public var listingId: ListingID
    public var productTemplateId: ProductTemplateID
    public var reason: PauseReason

    public init(listingId: ListingID, productTemplateId: ProductTemplateID, reason: PauseReason = .outOfStock) {
        self.listingId = listingId
        self.productTemplateId = productTemplateId
        self.reason = reason
    }
}

/// Why a listing was paused.
public enum PauseReason: String, Hashable, Sendable, Codable {
    /// No stock row, no stock left before the listing's turn, or stock used up today (D002-19).
    case outOfStock = "OUT_OF_STOCK"
}
