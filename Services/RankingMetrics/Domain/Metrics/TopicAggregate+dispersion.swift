extension TopicAggregate {
    /// D001-03: `n·Σp² − (Σp)²`, exact. `Int128` so it cannot overflow where `Int` would
    /// (n² · T² passes 2⁶³ around a million students over a few thousand positions).
    public var dispersionNumerator: Int128 {
        Int128(count) * Int128(sumOfSquares) - Int128(sumOfPositions) * Int128(sumOfPositions)
    }

    /// D001-03: the population standard deviation `sqrt(n·Σp² − (Σp)²) / n`; 0 for n ≤ 1.
    public var standardDeviation: Double {
        guard count > 1 else { return 0 }
        return Double(dispersionNumerator).squareRoot() / Double(count)
    }
}
