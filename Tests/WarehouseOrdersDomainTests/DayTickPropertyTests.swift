import Money
import Testing
import WarehouseOrdersDomain

/// Invariants of the tick over 400 reproducible random warehouse days (``RandomWarehouse``).
@Suite struct DayTickPropertyTests {
    private struct Case {
        var snapshot: WarehouseDaySnapshot
        var config: DayTickConfig
        var result: DayTickResult
    }

    private func cases(count: Int = 400) throws -> [Case] {
        try (0..<count).map { seed in
            var generator = RandomWarehouse(rng: HashRandom(seed: "warehouse-day-\(seed)"))
            let snapshot = try generator.snapshot()
            let config = generator.config()
            return Case(snapshot: snapshot, config: config, result: try WarehouseDayTick.run(snapshot, config: config))
        }
    }

    /// The LISTED listings of w1 and c1, as the seed's listing query selects them.
    private func considered(_ snapshot: WarehouseDaySnapshot) -> [Listing] {
        snapshot.listings.filter { $0.status == .listed && $0.warehouseBuildingId == "w1" && $0.companyId == "c1" }
    }

    private func initialStock(_ snapshot: WarehouseDaySnapshot) -> [ProductTemplateID: Int64] {
        Dictionary(uniqueKeysWithValues: snapshot.inventory.filter { $0.warehouseBuildingId == "w1" }.map { ($0.productTemplateId, $0.qtyOnHand) })
    }

    @Test("Determinism and D002-16: same input → same output, whatever the order of every collection")
    func orderIndependence() throws {
        for (index, item) in try cases(count: 200).enumerated() {
            var rng = HashRandom(seed: "shuffle-\(index)")
            var shuffled = item.snapshot
            shuffled.listings = rng.shuffled(shuffled.listings)
            shuffled.templates = rng.shuffled(shuffled.templates)
            shuffled.inventory = rng.shuffled(shuffled.inventory)
            shuffled.bands = rng.shuffled(shuffled.bands)
            shuffled.categories = rng.shuffled(shuffled.categories)
            shuffled.seasonScenarios = rng.shuffled(shuffled.seasonScenarios)
            shuffled.priceIndices = rng.shuffled(shuffled.priceIndices)
            #expect(try WarehouseDayTick.run(shuffled, config: item.config) == item.result)
            #expect(try WarehouseDayTick.run(item.snapshot, config: item.config) == item.result)
        }
    }

    @Test("D002-04, D002-15: never more than the stock, per template; reservations are the ordered sums")
    func stockCaps() throws {
        for item in try cases() where !item.snapshot.alreadyTicked {
            let stock = initialStock(item.snapshot)
            var ordered: [ProductTemplateID: Int64] = [:]
            for line in item.result.order?.items ?? [] { ordered[line.productTemplateId, default: 0] += line.qtyOrdered }
            for (template, quantity) in ordered { #expect(quantity <= max(0, stock[template] ?? 0)) }
            #expect(Set(item.result.inventoryReservations.map(\.productTemplateId)) == Set(ordered.keys))
            for reservation in item.result.inventoryReservations {
                #expect(reservation.reserved == ordered[reservation.productTemplateId])
                #expect(reservation.qtyOnHandAfter == (stock[reservation.productTemplateId] ?? 0) - reservation.reserved)
                #expect(reservation.qtyOnHandAfter >= 0)
            }
        }
    }

    @Test("Seed §1-2, D002-08/11/24: each evaluated listing stays within its band, price and season limits")
    func perListingLimits() throws {
        for item in try cases() {
            let bases = item.snapshot.bands.map { DemandEstimate.base(of: $0) }
            let maxBand = roundHalfUp((bases.max() ?? 0) * (1 + item.config.jitterFraction))
            for evaluation in item.result.evaluations {
                let reasons = evaluation.reasons
                #expect(0 <= evaluation.orderedQty && evaluation.orderedQty <= evaluation.finalDesired)
                #expect(reasons.expectedUnits == reasons.baseDesired && (1...5).contains(reasons.tierUsed))
                if reasons.blockedBySeason || reasons.blockedByPrice { #expect(evaluation.finalDesired == 0) }
                #expect(Double(evaluation.finalDesired) <= roundHalfUp(Double(reasons.expectedUnits) * 1.3))
                #expect(reasons.bandMatched == (reasons.resolvedBandCategoryId != nil))
                guard item.config.testDemandMultiplier == nil else { continue }
                if reasons.bandMatched {
                    #expect(Double(reasons.expectedUnits) <= maxBand)
                } else {
                    #expect(reasons.expectedUnits == 1)
                }
            }
        }
    }

    @Test("warehouse.day.completed counters add up with the order, logs, evaluations and pauses")
    func countersAddUp() throws {
        for item in try cases() {
            let result = item.result
            let summary = result.summary
            guard !item.snapshot.alreadyTicked else {
                #expect(summary == DayCompletedSummary(skippedAsDuplicate: true) && result.evaluations.isEmpty)
                continue
            }
            let items = result.order?.items ?? []
            #expect(!summary.skippedAsDuplicate)
            #expect(summary.listingsConsidered == Int64(considered(item.snapshot).count))
            #expect(summary.itemsOrdered == Int64(items.count) && items.count == result.salesLog.count)
            #expect(summary.unitsOrdered == items.reduce(0) { $0 + $1.qtyOrdered })
            #expect(items.allSatisfy { $0.qtyOrdered > 0 })
            #expect(items.map(\.sortIndex) == Array(0..<items.count))
            #expect((summary.orderId == nil) == items.isEmpty && summary.orderId == result.order?.id)
            #expect(summary.blockedByPrice == Int64(result.evaluations.count { $0.reasons.blockedByPrice }))
            #expect(summary.blockedBySeason == Int64(result.evaluations.count { $0.reasons.blockedBySeason }))
            let pausedIds = result.pausedListings.map(\.listingId)
            #expect(summary.paused == Int64(pausedIds.count) && Set(pausedIds).count == pausedIds.count)
            let evaluated = Set(result.evaluations.map(\.listing.id))
            let pausedBeforeEvaluation = pausedIds.count { !evaluated.contains($0) }
            #expect(summary.listingsConsidered
                == Int64(result.evaluations.count + result.listingsWithoutTemplate.count + pausedBeforeEvaluation))
        }
    }

    @Test("D002-19: exactly the considered listings whose template has no stock left are paused")
    func pausesMatchStock() throws {
        for item in try cases() where !item.snapshot.alreadyTicked {
            let stock = initialStock(item.snapshot)
            let reserved = Dictionary(
                uniqueKeysWithValues: item.result.inventoryReservations.map { ($0.productTemplateId, $0.reserved) })
            let expected = considered(item.snapshot).filter { listing in
                guard let initial = stock[listing.productTemplateId] else { return true }
                return initial - (reserved[listing.productTemplateId] ?? 0) <= 0
            }
            #expect(Set(item.result.pausedListings.map(\.listingId)) == Set(expected.map(\.id)))
        }
    }

    @Test("D002-16: order lines follow (createdAt, id)")
    func lineOrder() throws {
        for item in try cases() {
            let listings = Dictionary(uniqueKeysWithValues: item.snapshot.listings.map { ($0.id, $0) })
            let keys = (item.result.order?.items ?? []).compactMap { listings[$0.listingId] }.map { ($0.createdAt, $0.id) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        }
    }
}

extension DayTickPropertyTests {
    @Test("The random days exercise every branch the properties speak about")
    func generatorCoverage() throws {
        let all = try cases()
        let results = all.map(\.result)
        #expect(all.count { $0.snapshot.alreadyTicked } >= 5)
        #expect(results.count { $0.order != nil } >= 100)
        #expect(results.count { $0.summary.blockedByPrice > 0 } >= 20)
        #expect(results.count { $0.summary.blockedBySeason > 0 } >= 20)
        #expect(results.count { !$0.listingsWithoutTemplate.isEmpty } >= 20)
        #expect(results.count { $0.inventoryReservations.contains { $0.qtyOnHandAfter == 0 } } >= 20)
        #expect(results.count { $0.evaluations.contains { $0.orderedQty < $0.finalDesired } } >= 10)
        #expect(results.count { $0.evaluations.contains { $0.reasons.resolvedBandCategoryId?.rawValue.hasPrefix("p") == true } } >= 10)
    }
}
