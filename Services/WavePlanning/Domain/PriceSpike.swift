/// D000-19: only price increases within the last hour count, and only with a positive previous
/// price. `price·100 ≥ prev·300` (×3, +200 %) blocks; `price·100 > prev·150` (+50 %) penalises.
/// So §13's +500 % one minute before the wave is blocked. Integer comparisons, no exemption.
enum PriceSpike {
    static func flag(_ product: CandidateProduct, now: Int64, config: WaveConfig) -> ExploitFlag? {
        guard let previous = product.previousPriceCents, previous > 0,
            let changedAt = product.priceChangedAt, now - changedAt < config.priceSpikeWindowSeconds
        else { return nil }
        // Prices are at most the hard cap and previous prices are bounded below by overflow checks.
        let (scaledPrice, o1) = product.priceCents.multipliedReportingOverflow(by: 100)
        let (blockLimit, o2) = previous.multipliedReportingOverflow(by: config.priceSpikeBlockPercent)
        let (penaltyLimit, o3) = previous.multipliedReportingOverflow(by: config.priceSpikePenaltyPercent)
        guard !o1 else { return nil }
        if !o2 && scaledPrice >= blockLimit { return .priceSpikeBlock }
        if !o3 && scaledPrice > penaltyLimit { return .priceSpike }
        return nil
    }
}
