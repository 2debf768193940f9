import Money

/// The deterministic ±15 % jitter on daily demand (D002-03, D002-14, seed §2 `jitter`).
///
/// There is no unseeded path (D002-14): the same company, warehouse, day and template always
/// give the same jitter, so a tick can be replayed and checked. Listings that share a template
/// share its jitter (D002-15).
public enum DemandJitter {
    /// The jitter seed string `"{companyId}:{warehouseBuildingId}:{dayKey}:{productTemplateId}"`
    /// with the day as `YYYY-MM-DD` (D002-03, D002-06).
    public static func seedKey(
        companyId: CompanyID, warehouseBuildingId: WarehouseID, dayKey: DayKey, productTemplateId: ProductTemplateID
    ) -> String {
        "\(companyId.rawValue):\(warehouseBuildingId.rawValue):\(dayKey.description):\(productTemplateId.rawValue)"
    }

    /// `value + (2t − 1) × value × fraction` with `t = seededUnit(seedKey)` (D002-03): uniform in
    /// `[value − range, value + range)`, `range = value × fraction`. Evaluated in the written
    /// order so every implementation agrees to the last bit.
    public static func apply(to value: Double, seedKey: String, fraction: Double) -> Double {
        let t = seededUnit(seedKey)
        return value + (2 * t - 1) * value * fraction
    }
}
