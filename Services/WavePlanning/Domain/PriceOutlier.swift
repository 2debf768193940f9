/// D000-17: flagged when `priceCents > 50 × medianPriceCents` and fewer than 10 sales in 7 days
/// (the "sustained sales history" exemption). Compared on twice the median to stay in integers.
enum PriceOutlier {
    static func isOutlier(_ product: CandidateProduct, summary: PriceSummary, config: WaveConfig) -> Bool {
        let (limit, overflow) = summary.doubledMedianPriceCents.multipliedReportingOverflow(by: config.outlierMultiplier)
        // A limit beyond Int64 cannot be exceeded by a price under the hard cap.
        guard !overflow else { return false }
        return product.priceCents * 2 > limit && product.salesUnits < config.outlierSalesExemption
    }
}
