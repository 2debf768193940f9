import TestSupport
import Testing
import WavePlanningDomain

@Suite struct ScaleTests {
    /// An in-memory catalog of 100,000 products (the million-product run is the lead's release
    /// benchmark); the planner must prefilter, de-duplicate and sample it. Speed is a benchmark's
    /// business on this shared machine; the time limit only catches a runaway.
    @Test(.timeLimit(.minutes(2))) func largeInMemoryCatalogIsPlannedFromItsSample() throws {
        var rng = SplitMix64(seed: 42)
        let products = (0..<100_000).map { index in
            Fixture.product("p\(index)", company: "c\(index % 10_000)", price: Int64.random(in: 0...6_000_000, using: &rng),
                            stock: Int64.random(in: -1...500, using: &rng), category: "k\(index % 7)")
        }
        let catalog = Fixture.catalog(products)
        let result = try WavePlanner.plan(
            WaveRequest(waveId: "big", budgetCents: 100_000_000, now: Fixture.now), catalog: catalog)
        #expect(result.candidateCount == 100_000)
        #expect(result.eligibleCount == 1_000)
        #expect(result.firstPass.plannedSpendCents + result.retainedCents == 100_000_000)
    }
}
