import Money

/// D000-21: a product younger than `newProductHold` (60 min) gets the rapidCreation flag (0.5)
/// **and** a spend cap of 10 % of maxSpend. A hold of 0 disables both (the §14 admin toggle).
enum NewProductHold {
    static func isHeld(_ product: CandidateProduct, now: Int64, config: WaveConfig) -> Bool {
        config.newProductHoldSeconds > 0 && now - product.createdAt < config.newProductHoldSeconds
    }

    static func spendCap(maxSpendCents: Int64, config: WaveConfig) throws(MoneyError) -> Int64 {
        try Cents(maxSpendCents).applying(config.newProductSpendShare, rounding: .floor).rawValue
    }
}
