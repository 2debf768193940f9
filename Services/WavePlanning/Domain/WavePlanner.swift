import Money

/// The wave planner's entry point (seed §3 steps 2–8): a pure function of the wave request, the
/// candidate catalog and the configuration.
///
/// Pipeline: prefilter (D000-02) → de-duplication (D000-20) → seeded sample (D000-04) → price
/// summary (D000-08) → scores and integer weights (D000-06..22) → caps (D000-25..31) →
/// integer allocation (D000-23..32) → keyed orders in company batches (D000-39, D000-40).
/// The same inputs always give the same plan, whatever the order of the catalog rows.
public enum WavePlanner {
    public static func plan(
        _ request: WaveRequest, catalog: WaveCatalog, config: WaveConfig = WaveConfig()
    ) throws(WavePlanningError) -> WavePlan {
        try config.validate()
        guard !request.waveId.isEmpty else { throw .emptyWaveId }
        guard request.budgetCents >= 0 else { throw .negativeBudget(request.budgetCents) }
        try rejectRepeatedProducts(catalog.products)
        let seed = WaveSeed.resolve(configSeed: config.seed, waveId: request.waveId)

        var exclusions: [Exclusion] = []
        var passing: [CandidateProduct] = []
        passing.reserveCapacity(catalog.products.count)
        for product in catalog.products {
            if let reason = Prefilter.exclusionReason(product, catalog: catalog, config: config) {
                exclusions.append(Exclusion(productId: product.productId, reason: reason))
            } else {
                passing.append(product)
            }
        }
        let listings = DuplicateListings(
            passing, now: request.now, config: config, knownSpammers: catalog.spammingCompanyIds)
        exclusions += listings.duplicates
        let sample = CandidateSample.select(listings.kept, seed: seed, limit: config.candidateLimit)
        exclusions += sample.left
        let candidates = sample.sampled.sorted { byteOrder($0.productId, $1.productId) }

        let summary = PriceSummary(candidates)
        let scoring = ProductScoring(
            summary: summary, spammingCompanies: listings.spammingCompanies, seed: seed, now: request.now, config: config)
        let book: CandidateBook
        do throws(MoneyError) {
            book = try CandidateBook(candidates, catalog: catalog, scoring: scoring, budgetCents: request.budgetCents)
        } catch {
            throw .money(error)
        }
        exclusions += book.exclusions

        let outcome = try allocateBudget(
            book.entries, budgetCents: request.budgetCents, companyCaps: book.companyCaps,
            minSpendCents: book.caps.minSpendCents, applyMinimumThreshold: true)
        exclusions += outcome.dropped.map { Exclusion(productId: $0, reason: .belowMinimumSpend) }
        let firstPass = WavePass.make(
            waveId: request.waveId, pass: 0, seed: seed, outcome: outcome, batchSize: config.batchSize)

        return WavePlan(
            waveId: request.waveId, seed: seed, budgetCents: request.budgetCents, now: request.now,
            candidateCount: catalog.products.count, eligibleCount: candidates.count, priceSummary: summary,
            spendCaps: book.caps, companyCaps: book.companyCaps, entries: outcome.entries, firstPass: firstPass,
            retainedCents: request.budgetCents - firstPass.plannedSpendCents,
            exclusions: exclusions.sorted { byteOrder($0.productId, $1.productId) },
            flagged: ReviewFlags.collect(catalog: catalog, exclusions: exclusions, book: book, listings: listings),
            explanations: book.explanations(with: outcome))
    }

    /// Two rows for one product would make the outcome depend on row order, so they are refused.
    private static func rejectRepeatedProducts(_ products: [CandidateProduct]) throws(WavePlanningError) {
        var seen = Set<String>(minimumCapacity: products.count)
        for product in products where !seen.insert(product.productId).inserted {
            throw .duplicateProductId(product.productId)
        }
    }
}
