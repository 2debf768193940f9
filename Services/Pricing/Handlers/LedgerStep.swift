import PricingDomain

/// How the service applies one ledger entry, live and in `pricing replay` alike: the core's
/// aggregator, then the state as storage keeps it. Because both paths call this one function on
/// the same stored entries, replay reproduces the stored state bit for bit (Principle 6).
enum LedgerStep {
    static func apply(
        _ entry: LedgerEntry, to state: BrickPriceState, config: PricingConfig
    ) throws(PricingInputError) -> AggregationResult {
        var result = try PriceAggregator.apply(entry, to: state, config: config)
        result.state = result.state.storageCanonical
        return result
    }
}
