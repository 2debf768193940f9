/// A building metric (`warehouse.metric.updated`, seed §1 `BuildingMetricState`). The demand
/// tier comes from the `SALES_COUNT` level (D002-13).
public struct BuildingMetricState: Hashable, Sendable, Codable {
    public var buildingId: WarehouseID
    public var metricType: BuildingMetricType
    /// May be fractional; the tier floors it (D002-13).
    public var currentLevel: Double

    public init(buildingId: WarehouseID, metricType: BuildingMetricType, currentLevel: Double) {
        self.buildingId = buildingId
        self.metricType = metricType
        self.currentLevel = currentLevel
    }

    /// Refuses empty ids and a level that is not a finite number ≥ 0.
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(buildingId, "warehouseBuildingId")
        if metricType.rawValue.isEmpty { throw .emptyIdentifier(field: "metricType") }
        try Check.finite(currentLevel, "currentLevel")
        if currentLevel < 0 {
            throw .outOfRange(field: "currentLevel", value: currentLevel, allowed: 0...Double.greatestFiniteMagnitude)
        }
    }
}

/// A metric's kind. The game owns the set; only ``salesCount`` matters here (D002-13).
public struct BuildingMetricType: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The metric whose level is the demand tier.
    public static let salesCount: BuildingMetricType = "SALES_COUNT"
}
