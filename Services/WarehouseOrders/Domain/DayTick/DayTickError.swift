/// Why a day tick refused to run. Nothing may be written for such a tick; the message goes to
/// the dead-letter queue with this description (D002-22).
public enum DayTickError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The snapshot has no building, or a different one (D002-22).
    case warehouseNotFound(WarehouseID)
    /// The building belongs to another company than the tick names (D002-22).
    case warehouseNotOwned(WarehouseID, tickCompany: CompanyID, owner: CompanyID)
    /// Two snapshot rows share a key that storage guarantees unique: the snapshot is corrupt,
    /// and picking one silently would make the outcome depend on load order.
    case duplicateReference(kind: ReferenceKind, id: String)
    /// The day's ordered units do not fit in `Int64` (only possible with unvalidated stock).
    case unitsOrderedOverflow

    /// The kinds of rows a snapshot holds.
    public enum ReferenceKind: String, Sendable, Equatable {
        case listing, template, inventoryItem, seasonScenario, metricState, priceIndex, demandBand, category
    }

    public var description: String {
        switch self {
        case .warehouseNotFound(let id):
            "warehouse \(id) not found"
        case .warehouseNotOwned(let id, let tickCompany, let owner):
            "warehouse \(id) belongs to company \(owner), not \(tickCompany)"
        case .duplicateReference(let kind, let id):
            "snapshot holds two \(kind.rawValue) rows with key \(id)"
        case .unitsOrderedOverflow:
            "units ordered overflow Int64"
        }
    }
}
