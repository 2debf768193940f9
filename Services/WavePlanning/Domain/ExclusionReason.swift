/// Why a product gets no spend in a wave. Each excluded product carries exactly one reason: the
/// first that matched, in the order of D000-02, then the later stages.
public enum ExclusionReason: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    // D000-02 prefilter, in its checking order.
    case companyMissing = "company_missing"
    case inactive = "inactive"
    case companyFlagged = "company_flagged"
    case selfSell = "self_sell"
    case refundFreeze = "refund_freeze"
    case productPenaltyFlag = "product_penalty_flag"
    case priceInvalid = "price_invalid"
    case priceZero = "price_zero"
    case priceAboveHardCap = "price_above_hard_cap"
    case outOfStock = "out_of_stock"
    // D000-20 de-duplication and D000-04 sampling.
    case duplicateListing = "duplicate_listing"
    case notSampled = "not_sampled"
    // D000-16 blocking and D000-22 zero weight.
    case blocked = "blocked"
    case zeroWeight = "zero_weight"
    // D000-27 never allocatable.
    case noAffordableUnit = "no_affordable_unit"
    case priceAboveCompanyCap = "price_above_company_cap"
    // D000-24 minimum-spend threshold.
    case belowMinimumSpend = "below_minimum_spend"
}

/// A product left out of the wave, with its one reason.
public struct Exclusion: Sendable, Equatable, Hashable, Codable {
    public var productId: String
    public var reason: ExclusionReason

    public init(productId: String, reason: ExclusionReason) {
        self.productId = productId
        self.reason = reason
    }
}
