import Foundation

/// `warehouse.listing.upserted` (in, from the game): a showcase listing in a warehouse.
public struct WarehouseListingUpserted: EventPayload {
    public static let eventType = "warehouse.listing.upserted"

    public var listingId: String
    public var companyId: String
    public var warehouseBuildingId: String
    public var productTemplateId: String
    public var playerProductId: String
    /// `null` or absent: no sale price, the list price applies (D002-18).
    public var salePriceCents: Int64?
    public var listPriceCents: Int64
    public var status: ListingStatus
    /// Listings are processed in (`createdAt`, `listingId`) order (D002-16).
    public var createdAt: Date

    public init(
        listingId: String, companyId: String, warehouseBuildingId: String, productTemplateId: String,
        playerProductId: String, salePriceCents: Int64? = nil, listPriceCents: Int64, status: ListingStatus,
        createdAt: Date
    ) {
        self.listingId = listingId
        self.companyId = companyId
        self.warehouseBuildingId = warehouseBuildingId
        self.productTemplateId = productTemplateId
        self.playerProductId = playerProductId
        self.salePriceCents = salePriceCents
        self.listPriceCents = listPriceCents
        self.status = status
        self.createdAt = createdAt
    }

    public var subject: String { Subject.warehouse(warehouseBuildingId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(listingId, "data.listingId")
        try Check.identifier(companyId, "data.companyId")
        try Check.identifier(warehouseBuildingId, "data.warehouseBuildingId")
        try Check.identifier(productTemplateId, "data.productTemplateId")
        try Check.identifier(playerProductId, "data.playerProductId")
        if let salePriceCents { try Check.atLeast(salePriceCents, 0, "data.salePriceCents") }
        try Check.atLeast(listPriceCents, 0, "data.listPriceCents")
        try status.validate("data.status")
    }
}
