import Money

/// How many units a listing orders today (seed §1 "Quantities"; D002-08, D002-12, D002-15).
public enum OrderQuantity {
    /// `finalDesired = roundHalfUp(expectedUnits × priceMultiplier)` (D002-12), or with season
    /// scaling `roundHalfUp(expectedUnits × priceMultiplier × score / 100)` (D002-08 option b);
    /// 0 whenever the season score is 0 (the gate).
    public static func finalDesired(
        expectedUnits: Int64, priceMultiplier: Double, season: SeasonScore, seasonScaling: Bool
    ) -> Int64 {
        if season.blocks { return 0 }
        var scaled = Double(expectedUnits) * priceMultiplier
        if seasonScaling { scaled = scaled * season.value / 100 }
        return Int64(saturating: max(0, roundHalfUp(scaled)))
    }

    /// `orderedQty = min(finalDesired, remaining)`: never more than the stock still unreserved
    /// for the template in this tick (D002-15), never negative.
    public static func ordered(finalDesired: Int64, remaining: Int64) -> Int64 {
        max(0, min(finalDesired, remaining))
    }
}
