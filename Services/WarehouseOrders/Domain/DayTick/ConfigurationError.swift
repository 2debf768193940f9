/// Why a ``DayTickConfig`` was refused.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidJitterFraction(Double)
    case invalidPriceCurveKnot(priceIndex: Double, multiplier: Double)
    case priceCurveNotIncreasing(at: Double)
    case invalidTestDemandMultiplier(Double)
    case emptyDefaultMarketZone

    public var description: String {
        switch self {
        case .invalidJitterFraction(let value):
            "jitterFraction must be a finite number in 0…1, got \(value)"
        case .invalidPriceCurveKnot(let priceIndex, let multiplier):
            "price curve knot (\(priceIndex), \(multiplier)) must be finite with a multiplier ≥ 0"
        case .priceCurveNotIncreasing(let priceIndex):
            "price curve knots must have strictly increasing price indices (at \(priceIndex))"
        case .invalidTestDemandMultiplier(let value):
            "testDemandMultiplier must be a finite number ≥ 0, got \(value)"
        case .emptyDefaultMarketZone:
            "defaultMarketZone must not be empty"
        }
    }
}
