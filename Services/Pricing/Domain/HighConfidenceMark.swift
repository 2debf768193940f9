import Foundation
import Money

/// `last_high_confidence_price`, `_votes` and `last_confidence_timestamp` of §4.1 (P-21).
public struct HighConfidenceMark: Sendable, Hashable, Codable {
    /// The live price after the vote.
    public var price: Cents
    /// The weighted total after the vote.
    public var weightedTotal: Double
    /// The vote's `createdAt`.
    public var at: Date

    public init(price: Cents, weightedTotal: Double, at: Date) {
        self.price = price
        self.weightedTotal = weightedTotal
        self.at = at
    }

    /// The confidence from which a vote leaves a mark (P-21).
    public static let threshold = 0.8

    /// P-21: whenever C ≥ 0.8 after a vote, the mark is the live price, weighted total and vote
    /// time after that vote; otherwise the previous mark stays.
    public static func updated(
        _ previous: HighConfidenceMark?, confidence: Double, livePrice: Cents, weightedTotal: Double, at: Date
    ) -> HighConfidenceMark? {
        guard confidence >= threshold else { return previous }
        return HighConfidenceMark(price: livePrice, weightedTotal: weightedTotal, at: at)
    }
}
