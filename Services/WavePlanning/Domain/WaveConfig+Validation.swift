extension WaveConfig {
    /// Rejects a configuration the planner cannot honour, naming the first offending field.
    ///
    /// Money and unit limits must be positive, shares within 0…100 %, weights non-negative with a
    /// positive sum, so that no later division or cap can trap or silently invert a rule.
    public func validate() throws(WavePlanningError) {
        try require(hardPriceCapCents > 0, "hardPriceCapCents", "must be positive")
        try require(candidateLimit > 0 && candidateLimit <= 1_000_000, "candidateLimit", "must be within 1…1,000,000")
        try require(listingsKeptPerSignature > 0, "listingsKeptPerSignature", "must be positive")
        try require(spamGroupSize > 0, "spamGroupSize", "must be positive")
        let w = weights
        try require(
            [w.quality, w.pricePreference, w.demand, w.company, w.recency].allSatisfy { $0 >= 0 && $0.isFinite }
                && w.sum > 0, "weights", "must be finite, non-negative and sum to more than 0")
        try require(priceBellWidth > 0 && minimumLogPriceStd > 0, "priceBellWidth", "width and std floor must be positive")
        try require(unitPriceScaleCents > 0 && unitPriceBeta > 0, "unitPriceScaleCents", "scale and beta must be positive")
        try require(recencyHalfLifeDays > 0, "recencyHalfLifeDays", "must be positive")
        try require(outlierMultiplier > 0, "outlierMultiplier", "must be positive")
        try require(newProductHoldSeconds >= 0, "newProductHoldSeconds", "must not be negative")
        try require(isShare(newProductSpendShare.rawValue), "newProductSpendShare", "must be within 0…10000 bp")
        try require(jitterAmplitude >= 0 && jitterAmplitude < 1, "jitterAmplitude", "must be within [0, 1)")
        try require(weightScale >= 1 && weightScale <= 1e9, "weightScale", "must be within 1…1e9")
        try require(isShare(maxSpendShare.rawValue) && maxSpendCeilingCents > 0, "maxSpendShare", "share within 0…10000 bp, ceiling positive")
        try require(minSpendCents >= 0, "minSpendCents", "must not be negative")
        try require(isShare(companyBudgetShare.rawValue), "companyBudgetShare", "must be within 0…10000 bp")
        try require(companyBalanceShare.map { isShare($0.rawValue) } ?? true, "companyBalanceShare", "must be within 0…10000 bp")
        try require(maxUnitsPerOrder > 0, "maxUnitsPerOrder", "must be positive")
        try require(batchSize > 0, "batchSize", "must be positive")
        try require(maxReallocationPasses >= 0, "maxReallocationPasses", "must not be negative")
    }

    private func isShare(_ bp: Int64) -> Bool { bp >= 0 && bp <= 10_000 }

    private func require(_ condition: Bool, _ field: String, _ reason: String) throws(WavePlanningError) {
        guard condition else { throw .invalidConfig(field: field, reason: reason) }
    }
}
