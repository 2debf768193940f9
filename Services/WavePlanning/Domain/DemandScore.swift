import Foundation

/// D000-13: `demand = ln(1 + s) / ln(1 + maxS)` over `recentSales7d`, 0 when no candidate sold.
/// The log damps the rich-get-richer loop that wave purchases feed.
enum DemandScore {
    static func score(sales: Int64, maxSales: Int64) -> Double {
        guard maxSales > 0 else { return 0 }
        return log1p(Double(sales)) / log1p(Double(maxSales))
    }
}
