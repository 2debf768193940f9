import Foundation

/// D000-14: `recency = exp(−ln2 · ageDays / 14)` from `createdAt` (not the easily bumped
/// `lastUpdatedAt`), with the wave's `now` passed in so waves replay identically.
enum RecencyScore {
    static func score(createdAt: Int64, now: Int64, config: WaveConfig) -> Double {
        let ageDays = Double(max(0, now - createdAt)) / 86_400
        return exp(-M_LN2 * ageDays / config.recencyHalfLifeDays)
    }
}
