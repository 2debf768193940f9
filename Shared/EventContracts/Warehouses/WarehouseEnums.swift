/// A template's quality tier (seed 002 §2).
public enum ProductQuality: String, ContractEnum {
    case standard = "STANDARD", premium = "PREMIUM", luxury = "LUXURY"
}

/// A category node's level; demand bands fall back from L3 to its L2 parent (seed 002 §2).
public enum CategoryLevel: String, ContractEnum {
    case l1 = "L1", l2 = "L2", l3 = "L3"
}

/// Why warehouse-orders paused a listing.
public enum ListingPauseReason: String, ContractEnum {
    case outOfStock = "OUT_OF_STOCK"
}

/// A showcase listing's status. The game owns this set (EVENTS.md lists "LISTED, PAUSED, …"),
/// so any UPPER_SNAKE value is accepted; only `LISTED` listings generate orders.
public struct ListingStatus: OpenContractEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let listed = ListingStatus(rawValue: "LISTED")
    public static let paused = ListingStatus(rawValue: "PAUSED")
}

/// A building metric's kind. The game owns this set; the tier comes from `SALES_COUNT` (D002-13).
public struct BuildingMetricType: OpenContractEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let salesCount = BuildingMetricType(rawValue: "SALES_COUNT")
}

extension Subject {
    static func warehouse(_ id: String) -> String { "warehouse/\(id)" }
    static func template(_ id: String) -> String { "template/\(id)" }
    static func category(_ id: String) -> String { "category/\(id)" }
    static func zone(_ name: String) -> String { "zone/\(name)" }
}
