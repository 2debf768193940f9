import Foundation

/// §4.2, D000-12: `upp = 1 / (1 + (priceCents / 500_000)^1.2)`, i.e. price in dollars over
/// P_scale = $5,000. $5,000 → 0.5, $8,000 → 0.363: very expensive items get much less share.
enum UnitPricePenalty {
    static func factor(priceCents: Int64, config: WaveConfig) -> Double {
        1 / (1 + pow(Double(priceCents) / config.unitPriceScaleCents, config.unitPriceBeta))
    }
}
