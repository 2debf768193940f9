import Foundation

/// D000-08, D000-09, D000-17, D000-13: the statistics of the candidate set that scores are relative to.
///
/// Computed in memory over the sampled candidates before penalties. `logPrice = ln(priceCents + 1)`
/// (ε = 1 cent), the median of an even count is the mean of the two middle values, and `std` is
/// the population std around the mean.
public struct PriceSummary: Sendable, Equatable, Codable {
    public var medianLogPrice: Double
    public var stdLogPrice: Double
    /// Twice the median of raw cents, kept as an integer so the D000-17 comparison stays exact.
    public var doubledMedianPriceCents: Int64
    /// D000-13: the largest `recentSales7d` of the set.
    public var maxRecentSales: Int64

    init(_ products: [CandidateProduct]) {
        let logs = products.map { Self.logPrice($0.priceCents) }.sorted()
        let cents = products.map(\.priceCents).sorted()
        medianLogPrice = Self.median(logs)
        doubledMedianPriceCents = Self.doubledMedian(cents)
        if logs.isEmpty {
            stdLogPrice = 0
        } else {
            let mean = logs.reduce(0, +) / Double(logs.count)
            let squares = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            stdLogPrice = (squares / Double(logs.count)).squareRoot()
        }
        maxRecentSales = products.map(\.salesUnits).max() ?? 0
    }

    /// D000-09: `ln(priceCents + 1)`, finite for every eligible price.
    static func logPrice(_ priceCents: Int64) -> Double { log(Double(priceCents) + 1) }

    private static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func doubledMedian(_ sorted: [Int64]) -> Int64 {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        let (low, high) = sorted.count % 2 == 1 ? (sorted[middle], sorted[middle]) : (sorted[middle - 1], sorted[middle])
        // Saturates for absurd configured caps; a median that large flags nothing as an outlier.
        let (sum, overflow) = low.addingReportingOverflow(high)
        return overflow ? .max : sum
    }
}
