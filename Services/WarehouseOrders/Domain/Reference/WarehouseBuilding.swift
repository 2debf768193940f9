/// A company's warehouse building (`warehouse.building.upserted`, seed §1 `CompanyBuilding`).
public struct WarehouseBuilding: Hashable, Sendable, Codable {
    public var id: WarehouseID
    /// The owner; a day tick for another company is refused (D002-22).
    public var companyId: CompanyID
    /// `nil` means the default zone, `"USA"` (D002-22).
    public var marketZone: MarketZone?

    public init(id: WarehouseID, companyId: CompanyID, marketZone: MarketZone? = nil) {
        self.id = id
        self.companyId = companyId
        self.marketZone = marketZone
    }

    /// The zone whose price index and season scenarios apply: the building's own, else
    /// `defaultZone` (D002-22: a null zone defaults, it is not an error).
    public func effectiveZone(default defaultZone: MarketZone = .usa) -> MarketZone {
        marketZone ?? defaultZone
    }

    /// Refuses empty ids and an empty (as opposed to absent) zone.
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(id, "warehouseBuildingId")
        try Check.identifier(companyId, "companyId")
        try marketZone?.validate("marketZone")
    }
}
