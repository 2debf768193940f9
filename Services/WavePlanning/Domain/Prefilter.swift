/// D000-01, D000-02, D000-03, D000-16 (hard blocks): the cheap per-row checks of §8.
///
/// Checks run in the D000-02 order and the first match is the product's only reason, so the audit
/// is deterministic. These checks need no statistics, so blocked rows never influence the median
/// or std (D000-16).
enum Prefilter {
    static func exclusionReason(
        _ product: CandidateProduct, catalog: WaveCatalog, config: WaveConfig
    ) -> ExclusionReason? {
        guard let company = catalog.companies[product.companyId] else { return .companyMissing }
        if !product.isActive || product.isArchived { return .inactive }
        if company.flaggedStatus != .none { return .companyFlagged }
        if catalog.buyerLinkedCompanyIds.contains(product.companyId) { return .selfSell }
        if company.refundUnit > config.refundFreezeRate { return .refundFreeze }
        if product.hasPenaltyFlag { return .productPenaltyFlag }
        // D000-03: a negative price is a data error, zero is a donation (disabled).
        if product.priceCents < 0 { return .priceInvalid }
        if product.priceCents == 0 { return .priceZero }
        // D000-01: cents > 5,000,000, so $50,000.00 itself stays eligible.
        if product.priceCents > config.hardPriceCapCents { return .priceAboveHardCap }
        // D000-02: a negative stock counts as 0; nil is unlimited.
        if let stock = product.stockAvailable, stock <= 0 { return .outOfStock }
        return nil
    }
}
