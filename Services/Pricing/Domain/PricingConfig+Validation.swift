import Money

/// A configuration value outside the range the rules can work with.
public struct PricingConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The ``PricingConfig`` property at fault.
    public var key: String
    /// What the value must satisfy.
    public var requirement: String

    public init(key: String, requirement: String) {
        self.key = key
        self.requirement = requirement
    }

    public var description: String { "pricing config \(key): must be \(requirement)" }
}

extension PricingConfig {
    /// Returns the configuration unchanged when every value is usable, so a bad override from
    /// the environment stops the service at start-up instead of producing odd prices later.
    public func validated() throws(PricingConfigError) -> PricingConfig {
        func require(_ ok: Bool, _ key: String, _ requirement: String) throws(PricingConfigError) {
            guard ok else { throw PricingConfigError(key: key, requirement: requirement) }
        }
        let fractions: [(String, Double)] = [
            ("capMin", capMin), ("capMax", capMax), ("catchUpMaxPct", catchUpMaxPct),
            ("catchUpMinDominantPct", catchUpMinDominantPct), ("freezeFairPct", freezeFairPct),
        ]
        for (key, value) in fractions {
            try require(value.isFinite && value >= 0 && value <= 1, key, "a ratio in [0, 1]")
        }
        let weights: [(String, Double)] = [
            ("minWeightedTotalForMove", minWeightedTotalForMove), ("moveBatchSizeWeighted", moveBatchSizeWeighted),
            ("catchUpMinWeightedTotal", catchUpMinWeightedTotal), ("freezeMinWeightedTotal", freezeMinWeightedTotal),
            ("cycleResetMinWeighted", cycleResetMinWeighted),
        ]
        for (key, value) in weights {
            try require(value.isFinite && value >= 0, key, "a finite weight ≥ 0")
        }
        try require(capMin <= capMax, "capMin", "≤ capMax")
        try require(fairRangePct >= 0 && fairRangePct < .whole, "fairRangePct", "in [0, 10000) basis points")
        try require(cycleResetMovePct >= 0, "cycleResetMovePct", "≥ 0 basis points")
        try require(
            fullConfidenceWeightedTotal.isFinite && fullConfidenceWeightedTotal > 0,
            "fullConfidenceWeightedTotal", "a finite weight > 0")
        try require(
            earlyRampWeightedLimit.isFinite && earlyRampWeightedLimit > 0, "earlyRampWeightedLimit",
            "a finite weight > 0")
        try require(
            earlyRampMaxMultiplier.isFinite && earlyRampMaxMultiplier >= 1, "earlyRampMaxMultiplier", "≥ 1")
        try require(absoluteCap > .zero, "absoluteCap", "> 0 cents")
        try require(momentumMin <= 0 && momentumMax >= 0, "momentumMin/momentumMax", "a range containing 0")
        try require(clusterWindowSize >= 1, "clusterWindowSize", "≥ 1")
        try require(clusterSeconds.isFinite && clusterSeconds >= 0, "clusterSeconds", "≥ 0 seconds")
        try require((0...100).contains(clusterSharePercent), "clusterSharePercent", "in [0, 100]")
        try require(clusterMaxIpHashes >= 0, "clusterMaxIpHashes", "≥ 0")
        try require(freezeDuration.isFinite && freezeDuration > 0, "freezeDuration", "> 0 seconds")
        try require(deadBrickAfter.isFinite && deadBrickAfter > 0, "deadBrickAfter", "> 0 seconds")
        try require((0..<24).contains(dailyCloseHour), "dailyCloseHour", "in 0...23")
        try require((0..<60).contains(dailyCloseMinute), "dailyCloseMinute", "in 0...59")
        return self
    }
}
