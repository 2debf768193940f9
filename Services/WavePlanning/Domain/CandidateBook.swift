import Money

/// The scored candidates of one wave with their caps: the allocatable ones become
/// ``AllocationEntry`` values, the rest get one D000-16/22/27 reason.
struct CandidateBook {
    var caps: SpendCaps
    var companyCaps: [String: Int64] = [:]
    var entries: [AllocationEntry] = []
    var exclusions: [Exclusion] = []
    var scores: [String: ScoreBreakdown] = [:]
    var productCaps: [String: ProductCaps] = [:]

    init(
        _ candidates: [CandidateProduct], catalog: WaveCatalog, scoring: ProductScoring, budgetCents: Int64
    ) throws(MoneyError) {
        let config = scoring.config
        caps = try SpendCaps(budgetCents: budgetCents, config: config)
        for product in candidates {
            // The prefilter guarantees the company exists; a missing one is skipped defensively.
            guard let company = catalog.companies[product.companyId] else { continue }
            let companyCap: Int64
            if let known = companyCaps[product.companyId] {
                companyCap = known
            } else {
                companyCap = try caps.companyCap(balanceCents: company.balanceCents, config: config)
                companyCaps[product.companyId] = companyCap
            }

            let stock = StockManipulation.effectiveStock(product, config: config)
            let score = scoring.score(product, company: company, suspiciousStock: stock.suspicious)
            let isHeld = NewProductHold.isHeld(product, now: scoring.now, config: config)
            let spendCap = isHeld
                ? try NewProductHold.spendCap(maxSpendCents: caps.maxSpendCents, config: config) : caps.maxSpendCents
            let entry = AllocationEntry(
                productId: product.productId, companyId: product.companyId, weight: score.weight,
                priceCents: product.priceCents, unitCap: UnitCap.cap(product, effectiveStock: stock.stock, config: config),
                spendCapCents: spendCap)
            scores[product.productId] = score
            productCaps[product.productId] = ProductCaps(
                effectiveStock: stock.stock, unitCap: entry.unitCap, spendCapCents: spendCap, isNewProductHold: isHeld,
                maxUnits: entry.maxUnits, companyCapCents: companyCap)
            if let reason = Allocatability.reason(entry, score: score, companyCapCents: companyCap) {
                exclusions.append(Exclusion(productId: product.productId, reason: reason))
            } else {
                entries.append(entry)
            }
        }
    }

    /// The explain trace of every scored candidate after `outcome`.
    func explanations(with outcome: AllocationOutcome) -> [String: ProductExplanation] {
        var result: [String: ProductExplanation] = [:]
        result.reserveCapacity(scores.count)
        for (productId, score) in scores {
            result[productId] = ProductExplanation(
                productId: productId, exclusion: nil, score: score, caps: productCaps[productId], steps: [],
                plannedUnits: 0, plannedSpendCents: 0)
        }
        for exclusion in exclusions { result[exclusion.productId]?.exclusion = exclusion.reason }
        for index in outcome.entries.indices {
            let productId = outcome.entries[index].productId
            result[productId]?.steps = outcome.steps[index]
            result[productId]?.plannedUnits = outcome.units[index]
            result[productId]?.plannedSpendCents = outcome.spendCents[index]
        }
        for productId in outcome.dropped { result[productId]?.exclusion = .belowMinimumSpend }
        return result
    }
}

/// D000-30: one unit cap per product per wave, `min(1000, maxPerOrder, effectiveStock)`. It bounds
/// the $0.01 case to 1,000 units ($10); unlimited stock is capped only by this and maxSpend.
enum UnitCap {
    static func cap(_ product: CandidateProduct, effectiveStock: Int64?, config: WaveConfig) -> Int64 {
        var cap = config.maxUnitsPerOrder
        if let perOrder = product.maxPerOrder { cap = min(cap, max(0, perOrder)) }
        if let stock = effectiveStock { cap = min(cap, max(0, stock)) }
        return cap
    }
}

/// D000-16, D000-22, D000-27: products that can never receive money are excluded before round 1,
/// so their share is redistributed from the start instead of being lost.
enum Allocatability {
    static func reason(_ entry: AllocationEntry, score: ScoreBreakdown, companyCapCents: Int64) -> ExclusionReason? {
        if score.isBlocked { return .blocked }
        if entry.weight == 0 { return .zeroWeight }
        // D000-33: priced above maxSpend (or the hold cap) is eligible but unbuyable.
        if entry.maxUnits < 1 { return .noAffordableUnit }
        if entry.priceCents > companyCapCents { return .priceAboveCompanyCap }
        return nil
    }
}
