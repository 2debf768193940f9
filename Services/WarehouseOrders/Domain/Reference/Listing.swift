import Foundation
import Money

/// A showcase listing: one player product offered in a warehouse (`warehouse.listing.upserted`,
/// seed §1 `ShowcaseListing`). Only `LISTED` listings take part in a day tick.
public struct Listing: Hashable, Sendable, Codable {
    public var id: ListingID
    public var companyId: CompanyID
    public var warehouseBuildingId: WarehouseID
    public var productTemplateId: ProductTemplateID
    public var playerProductId: PlayerProductID
    /// `nil`: no sale price, the list price applies (D002-18).
    public var salePrice: Cents?
    public var listPrice: Cents
    public var status: ListingStatus
    /// With `id`, the processing order of a tick (D002-16).
    public var createdAt: Date

    public init(
        id: ListingID, companyId: CompanyID, warehouseBuildingId: WarehouseID,
        productTemplateId: ProductTemplateID, playerProductId: PlayerProductID, salePrice: Cents? = nil,
        listPrice: Cents, status: ListingStatus = .listed, createdAt: Date
    ) {
        self.id = id
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.productTemplateId = productTemplateId
        self.playerProductId = playerProductId
        self.salePrice = salePrice
        self.listPrice = listPrice
        self.status = status
        self.createdAt = createdAt
    }

    /// The price the customer pays and the price index compares: `salePrice ?? listPrice`
    /// (D002-18). `??`, not "first positive": a zero sale price is kept and then neutralised
    /// by the price index rule.
    public var effectivePrice: Cents { salePrice ?? listPrice }

    /// Refuses empty ids, an empty status and prices ≤ 0 (D002-18: "a zero price is a
    /// listing-validation error upstream").
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(id, "listingId")
        try Check.identifier(companyId, "companyId")
        try Check.identifier(warehouseBuildingId, "warehouseBuildingId")
        try Check.identifier(productTemplateId, "productTemplateId")
        try Check.identifier(playerProductId, "playerProductId")
        if let salePrice, salePrice <= .zero { throw .nonPositivePrice(field: "salePriceCents", value: salePrice) }
        if listPrice <= .zero { throw .nonPositivePrice(field: "listPriceCents", value: listPrice) }
        if status.rawValue.isEmpty { throw .emptyIdentifier(field: "status") }
    }
}

extension Listing {
    /// The tick's processing order (D002-16): `createdAt`, then `id`, ascending.
    static func processedBefore(_ lhs: Listing, _ rhs: Listing) -> Bool {
        lhs.createdAt != rhs.createdAt ? lhs.createdAt < rhs.createdAt : lhs.id < rhs.id
    }
}
