import Money

/// One row of the daily product sales log, upserted on (`listingId`, `dayKey`) (seed §1
/// `DailyProductSalesLog`, D002-20): written only for listings that ordered > 0.
///
/// On create storage sets `qtyShipped = 0`; on conflict it overwrites every field here and
/// keeps `qtyShipped` (D002-20).
public struct DailySalesLogRow: Hashable, Sendable {
    public var listingId: ListingID
    public var dayKey: DayKey
    public var companyId: CompanyID
    public var marketZone: MarketZone
    public var warehouseBuildingId: WarehouseID
    public var productTemplateId: ProductTemplateID
    public var playerProductId: PlayerProductID
    public var qtyOrdered: Int64
    public var expectedUnits: Int64
    public var seasonScore: Double
    public var priceIndex: Double
    public var reasons: ReasonsSnapshot
    /// The listing's own sale price (may be absent), not the effective price.
    public var salePrice: Cents?
    public var listPrice: Cents

    public init(
        listingId: ListingID, dayKey: DayKey, companyId: CompanyID, marketZone: MarketZone,
        warehouseBuildingId: WarehouseID, productTemplateId: ProductTemplateID, playerProductId: PlayerProductID,
        qtyOrdered: Int64, expectedUnits: Int64, seasonScore: Double, priceIndex: Double, reasons: ReasonsSnapshot,
        salePrice: Cents?, listPrice: Cents
    ) {
        self.listingId = listingId
        self.dayKey = dayKey
        self.companyId = companyId
        self.marketZone = marketZone
        self.warehouseBuildingId = warehouseBuildingId
        self.productTemplateId = productTemplateId
        self.playerProductId = playerProductId
        self.qtyOrdered = qtyOrdered
        self.expectedUnits = expectedUnits
        self.seasonScore = seasonScore
        self.priceIndex = priceIndex
        self.reasons = reasons
        self.salePrice = salePrice
        self.listPrice = listPrice
    }
}
