import Foundation

/// §4.1, D000-10, D000-11: the bell in log-price space that favours medium prices.
///
/// `z = (logPrice − median) / max(std, 0.5)`; the floor stops the bell from amplifying negligible
/// price differences and avoids 0/0. `pricePref = exp(−(z − μ)² / (2σ²))` with μ = −0.2, σ = 0.9,
/// not normalised to max 1, so a product's score does not depend on another sitting at the peak.
enum PricePreference {
    static func z(priceCents: Int64, summary: PriceSummary, config: WaveConfig) -> Double {
        (PriceSummary.logPrice(priceCents) - summary.medianLogPrice) / max(summary.stdLogPrice, config.minimumLogPriceStd)
    }

    static func score(z: Double, config: WaveConfig) -> Double {
        let offset = z - config.priceBellCenter
        return exp(-(offset * offset) / (2 * config.priceBellWidth * config.priceBellWidth))
    }
}
