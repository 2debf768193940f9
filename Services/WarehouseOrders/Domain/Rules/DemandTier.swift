/// The warehouse's demand tier, 1…5 (D002-13).
public enum DemandTier {
    /// `clamp(floor(currentLevel ?? 1), 1, 5)` from the building's `SALES_COUNT` metric
    /// (D002-13). A missing metric gives 1; so does a NaN level (it cannot be ordered against
    /// anything), while ±∞ clamp like any other number.
    public static func from(salesCountLevel level: Double?) -> Int64 {
        guard let level, !level.isNaN else { return ReferenceLimits.tiers.lowerBound }
        let floored = level.rounded(.down)
        if floored <= Double(ReferenceLimits.tiers.lowerBound) { return ReferenceLimits.tiers.lowerBound }
        if floored >= Double(ReferenceLimits.tiers.upperBound) { return ReferenceLimits.tiers.upperBound }
        return Int64(floored)
    }
}
