import Money

/// §4, D000-06..22: turns one sampled candidate into its ``ScoreBreakdown``.
///
/// Floats are used only here, evaluated in the order the decisions write them, and end in an
/// integer weight (D000-22) so that allocation is exact.
struct ProductScoring {
    var summary: PriceSummary
    var spammingCompanies: Set<String>
    var seed: String
    var now: Int64
    var config: WaveConfig

    func score(_ product: CandidateProduct, company: CandidateCompany, suspiciousStock: Bool) -> ScoreBreakdown {
        let quality = clampUnit(product.qualityRating)
        let z = PricePreference.z(priceCents: product.priceCents, summary: summary, config: config)
        let pricePreference = PricePreference.score(z: z, config: config)
        let demand = DemandScore.score(sales: product.salesUnits, maxSales: summary.maxRecentSales)
        let companyScore = CompanyScore.score(
            company, isSpamming: spammingCompanies.contains(product.companyId), config: config)
        let recency = RecencyScore.score(createdAt: product.createdAt, now: now, config: config)
        let w = config.weights
        let weighted = w.quality * quality + w.pricePreference * pricePreference + w.demand * demand
            + w.company * companyScore + w.recency * recency
        let base = weighted / w.sum
        let upp = UnitPricePenalty.factor(priceCents: product.priceCents, config: config)

        var flags: [ExploitFlag] = []
        if PriceOutlier.isOutlier(product, summary: summary, config: config) { flags.append(.priceOutlier) }
        if NewProductHold.isHeld(product, now: now, config: config) { flags.append(.rapidCreation) }
        if let spike = PriceSpike.flag(product, now: now, config: config) { flags.append(spike) }
        if suspiciousStock { flags.append(.suspiciousStock) }
        let combined = CombinedPenalty.combined(flags, config: config)
        let isBlocked = combined >= config.blockThreshold

        let raw = clampUnit(base * upp * (1 - combined))
        let jitterUnit = seededUnit("\(seed):\(product.productId):jitter")
        let attractiveness = clampUnit(raw * (1 + config.jitterAmplitude * (2 * jitterUnit - 1)))
        // attractiveness ∈ [0, 1] and weightScale ≤ 1e9 (validated), so the conversion cannot trap.
        let weight = isBlocked ? 0 : Int64(roundHalfUp(attractiveness * config.weightScale))
        return ScoreBreakdown(
            quality: quality, priceZ: z, pricePreference: pricePreference, demand: demand, company: companyScore,
            recency: recency, base: base, unitPricePenalty: upp, flags: flags, combinedPenalty: combined,
            rawAttractiveness: raw, jitterUnit: jitterUnit, attractiveness: attractiveness, weight: weight,
            isBlocked: isBlocked)
    }
}
