import Testing

/// The teardown's safety net, without servers: whatever a run lists for removal is its own.
@Suite("End-to-end run resources")
struct RunResourcesTests {
    @Test("a run lists only names under its own prefix for removal, never a service's shared default")
    func removesOnlyItsOwnNames() {
        let run = RunResources(run: "e2e_0a1b2c3d", services: MarketService.allCases)
        let removed = run.schemasToDrop + run.queuesToDelete + run.exchangesToDelete
        #expect(run.schemasToDrop.count == MarketService.allCases.count)
        #expect(run.queuesToDelete.count == 2 * MarketService.allCases.count)
        #expect(run.exchangesToDelete == ["e2e_0a1b2c3d.events"])
        #expect(removed.allSatisfy { $0.hasPrefix("e2e_0a1b2c3d_") || $0.hasPrefix("e2e_0a1b2c3d.") })
        let defaults = MarketService.allCases.flatMap { [$0.defaultSchema, $0.defaultQueue, "\($0.defaultQueue).dlq"] }
        #expect(Set(removed).isDisjoint(with: defaults + ["market.events", "market.dlx"]))
    }

    @Test("names outside the run's prefix are refused even when asked for", arguments: [
        "voting", "pricing", "wave_planning", "purchase-execution.dlq", "market.events", "market.dlx",
        "e2e_ffffffff_voting", "e2e_0a1b2c3dx_voting", "",
    ])
    func refusesForeignNames(name: String) {
        #expect(!RunResources(run: "e2e_0a1b2c3d", services: [.voting]).owns(name))
    }

    @Test("an empty or bare prefix owns nothing, so a broken run id cannot match every name")
    func barePrefixOwnsNothing() {
        #expect(!RunResources(run: "", services: [.voting]).owns("_voting"))
        #expect(!RunResources(run: "e2e_", services: [.voting]).owns("e2e__voting"))
    }
}
