import Money

/// How a listing's price compares with the template's suggested price in the warehouse's zone
/// (D002-01, the seed's `computePriceIndex`). 1.0 means "priced as suggested".
public enum PriceIndex {
    /// The neutral index used whenever the ratio is undefined.
    public static let neutral = 1.0

    /// `priceIndex = effectivePrice / (suggestedSalePrice × zoneMultiplier)` (D002-01).
    ///
    /// - Parameters:
    ///   - effectivePrice: `salePrice ?? listPrice` (D002-18).
    ///   - suggestedSalePrice: the template's reference price.
    ///   - zoneMultiplier: ``ZonePriceIndex/effectiveMultiplier``, or 1.0 without an index row.
    /// - Returns: the ratio, or ``neutral`` when the denominator is 0, or the result is not
    ///   finite or ≤ 0 (D002-01, D002-18). A price of 0 therefore counts as "as suggested".
    public static func compute(effectivePrice: Cents, suggestedSalePrice: Cents, zoneMultiplier: Double) -> Double {
        let denominator = Double(suggestedSalePrice.rawValue) * zoneMultiplier
        guard denominator != 0 else { return neutral }
        let index = Double(effectivePrice.rawValue) / denominator
        return index.isFinite && index > 0 ? index : neutral
    }
}
