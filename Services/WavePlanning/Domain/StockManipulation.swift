/// D000-18: `stockThreshold = max(10_000, 100 × recentSales7d)`. Stock above it sets the
/// suspiciousStock flag and is capped at the threshold for allocation.
enum StockManipulation {
    static func threshold(_ product: CandidateProduct, config: WaveConfig) -> Int64 {
        let (bySales, overflow) = product.salesUnits.multipliedReportingOverflow(by: config.suspiciousStockSalesMultiple)
        return max(config.suspiciousStockFloor, overflow ? .max : bySales)
    }

    /// The stock allocation may use (`nil` = unlimited) and whether the flag is set.
    static func effectiveStock(_ product: CandidateProduct, config: WaveConfig) -> (stock: Int64?, suspicious: Bool) {
        guard let stock = product.stockAvailable else { return (nil, false) }
        let limit = threshold(product, config: config)
        return stock > limit ? (limit, true) : (stock, false)
    }
}
