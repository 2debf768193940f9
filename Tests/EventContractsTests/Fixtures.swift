import Foundation
import TestSupport
@testable import EventContracts

/// One Swift-built, valid payload per v1 type, written independently of the JSON examples.
enum Fixtures {
    static let time = Date(timeIntervalSince1970: 1_795_428_902.123)
    static let brick = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
    static let user = "1e2d3c4b-5a69-4788-9aab-bccddeeff001"
    static let intent = "2f3e4d5c-6b7a-4899-aabb-ccddeeff0011"
    static let cycle = "3a4b5c6d-7e8f-5a0b-9c1d-2e3f4a5b6c7d"

    static let all: [any EventPayload] = bricks + waves + warehouses + rankings

    static let bricks: [any EventPayload] = [
        UserUpserted(userId: user, emailVerified: false, accountCreatedAt: time),
        BrickListed(brickId: brick, name: "Millennium Falcon 75192", baselinePriceCents: 84_999, listedAt: time),
        VoteIntentSubmitted(intentId: intent, userId: user, brickId: brick, voteType: .under, submittedAt: time, ipHash: "ab12"),
        VoteRecorded(
            voteEventId: 1, brickSeq: 1, intentId: intent, userId: user, brickId: brick, voteType: .fair,
            livePriceAtVoteCents: 30, fairRangeLowerCents: 29, fairRangeUpperCents: 32, baseStepAtVoteCents: 100,
            userWeightAtVote: 0, emailVerified: false, cycleId: cycle, cycleNumber: 1, createdAt: time, ipHash: "ab12"),
        VoteRejected(intentId: intent, userId: user, brickId: brick, reason: .rateLimited),
        XPAwarded(userId: user, brickId: brick, amount: 20, reason: .accuracy),
        BrickRecheckRequested(brickId: brick, reason: "dead brick"),
        BrickStateUpdated(
            brickId: brick, livePriceCents: 84_999, cycleId: cycle, cycleNumber: 1, cycleStartPriceCents: 84_999,
            freezeMode: .frozen, freezeUntil: time.addingTimeInterval(14 * 86_400), needsRecheck: true, recheckEpoch: 2,
            appliedBrickSeq: 0, weightedUnder: 0, weightedFair: 0, weightedOver: 0, weightedTotal: 0, pUnder: 0,
            pFair: 0, pOver: 0, pricingConfidence: 0, momentumScore: -2, updatedAt: time),
        BrickPriceMoved(
            brickId: brick, fromCents: 150, toCents: 0, direction: .down, anchorCents: 143, finalStepCents: 200,
            cycleId: cycle, causedByVoteEventId: 9),
        BrickCycleReset(
            brickId: brick, closedCycleId: cycle, newCycleId: intent, newCycleNumber: 2, cycleStartPriceCents: 84_999,
            cycleEndPriceCents: 84_999, direction: .none),
        BrickFreezeChanged(brickId: brick, freezeMode: .none, reason: .timeout),
        BrickPriceClosed(brickId: brick, day: "2028-02-29", closePriceCents: 0, votesToday: 0),
    ]

    static let waves: [any EventPayload] = [
        CatalogProductUpserted(
            productId: "p-1", companyId: "c-1", version: 0, priceCents: -5, qualityRating: 1, stockAvailable: -3,
            isActive: false, isArchived: true, createdAt: time, updatedAt: time),
        CatalogCompanyUpserted(companyId: "c-1", version: 1, ownerId: "o-1", reputationScore: 0, balanceCents: -100, flaggedStatus: .watch),
        BuyerLinked(buyerId: "b-1", companyId: "c-1"),
        CompanyRefundsReported(companyId: "c-1", windowDays: 7, refundRate: 0.3),
        WaveRequested(waveId: "w-1", requestedBy: "ops"),
        WavePlanned(
            waveId: "w-1", pass: 4, budgetCents: 0, candidateCount: 0, eligibleCount: 0, plannedSpendCents: 0,
            batchCount: 0, seed: "w-1", configVersion: 0),
        PurchaseBatchRequested(waveId: "w-1", pass: 1, batchId: "b1", companyId: "c-1", items: [
            .init(idempotencyKey: "w-1:h:p-1", productId: "p-1", quantity: 1, unitPriceCents: 1, plannedSpendCents: 1, buyerId: "sim_0"),
            .init(idempotencyKey: "w-1:h:p-2", productId: "p-2", quantity: 1000, unitPriceCents: 1, plannedSpendCents: 1_000, buyerId: "sim_1"),
        ]),
        PurchaseBatchExecuted(waveId: "w-1", pass: 1, batchId: "b1", items: [
            .init(idempotencyKey: "w-1:h:p-1", productId: "p-1", status: .filled, quantity: 1, unitPriceCents: 1, spentCents: 1),
            .init(idempotencyKey: "w-1:h:p-2", productId: "p-2", status: .rejected, quantity: 0, unitPriceCents: 2,
                  spentCents: 0, reason: "price_changed"),
        ], spentCents: 1),
        ProductStockChanged(productId: "p-1", version: 3, stockAvailable: nil, totalSold: 12),
        WaveCompleted(
            waveId: "w-1", budgetCents: 1_000, spentCents: 1, retainedCents: 999, passes: 1, productsBought: 1,
            perCompany: [.init(companyId: "c-1", spentCents: 1)], flaggedCount: 0),
        ReviewFlagged(entityType: .buyer, entityId: "b-1", reason: "self_sell", detail: "linked to c-1"),
        WaveRollbackRequested(waveId: "w-1", requestedBy: "ops", reason: "test wave"),
        WaveRolledBack(waveId: "w-1", reversedSales: 0, restockedUnits: 0, debitedCents: 0),
    ]

    static let reasons = DemandReasons(
        baseDesired: 1, expectedUnits: 1, priceIndex: 2, priceMultiplier: 0, seasonScore: 0, tierUsed: 1,
        bandMatched: false, resolvedBandCategoryId: nil, blockedByPrice: true, blockedBySeason: true,
        missingSeasonScenario: true)

    static let warehouses: [any EventPayload] = [
        WarehouseBuildingUpserted(warehouseBuildingId: "w1", companyId: "c1", marketZone: nil),
        WarehouseListingUpserted(
            listingId: "l1", companyId: "c1", warehouseBuildingId: "w1", productTemplateId: "t1", playerProductId: "pp1",
            listPriceCents: 1_000, status: ListingStatus(rawValue: "SOLD_OUT"), createdAt: time),
        WarehouseInventoryAdjusted(warehouseBuildingId: "w1", productTemplateId: "t1", qtyOnHand: 0, avgUnitCostCents: 0),
        CatalogTemplateUpserted(productTemplateId: "t1", categoryL3Id: "l3", productQuality: .luxury, suggestedSalePriceCents: 1),
        CatalogCategoryUpserted(categoryId: "l1", level: .l1),
        DemandBandUpserted(
            bandId: "b1", categoryId: "l2", productQuality: .standard, tierMin: 5, tierMax: 5, minDaily: 0, maxDaily: 0,
            isActive: false),
        MarketPriceIndexUpdated(marketZone: "USA", multiplier: 0.25, isActive: false),
        MarketSeasonScenarioUpserted(definitionId: "s1", marketZone: "USA", weeks: [], isActive: true),
        WarehouseMetricUpdated(warehouseBuildingId: "w1", metricType: .salesCount, currentLevel: 0),
        WarehouseDayTick(companyId: "c1", warehouseBuildingId: "w1", dayKey: "2025-03-10"),
        WarehouseOrderCreated(orderId: "o1", companyId: "c1", warehouseBuildingId: "w1", dayKey: "2025-03-10", items: [
            .init(orderItemId: "o1:0", listingId: "l1", productTemplateId: "t1", playerProductId: "pp1", qtyOrdered: 1,
                  salePriceCents: 1_000, expectedUnits: 1, reasons: reasons),
        ]),
        WarehouseListingPaused(listingId: "l1", warehouseBuildingId: "w1", reason: .outOfStock, dayKey: "2025-03-10"),
        WarehouseDayCompleted(
            warehouseBuildingId: "w1", dayKey: "2025-03-10", listingsConsidered: 0, itemsOrdered: 0, unitsOrdered: 0,
            blockedByPrice: 0, blockedBySeason: 0, paused: 0, skippedAsDuplicate: true),
    ]

    static let rankings: [any EventPayload] = [
        SelectionPeriodOpened(periodId: "p1", title: "Autumn", opensAt: time),
        TopicCreated(topicId: "t1", periodId: "p1", title: "Graphs", capacity: 1),
        StudentRegistered(studentId: "s1"),
        RankingsBatchUpdated(studentId: "s1", periodId: "p1", sessionId: "undo:abc", updates: [.init(topicId: "t1", position: nil)]),
        RankingsUndoRequested(studentId: "s1", periodId: "p1"),
        SelectionPeriodClosed(periodId: "p1", closedAt: time),
        TopicMetricsCalculated(
            topicId: "t1", periodId: "p1", studentCount: 1, sumOfPositions: 3, averagePosition: 3, standardDeviation: 0,
            distribution: [0, 0, 1], percentile: 50, competitionCategory: .low, calculatedAt: time),
        AssignmentComputed(
            periodId: "p1", algorithm: .hungarian, assignments: [], unassignedStudentIds: [], totalCost: 0, rankProfile: []),
    ]

    /// Wraps a payload in a CloudEvent and writes it, opening the existential.
    static func eventBytes<P: EventPayload>(_ payload: P, id: UUID = UUID()) throws -> Data {
        try CloudEvent(id: id, source: EventSource.service("tests"), time: time, data: payload).jsonBytes()
    }

    static var examplesFolder: URL { TestEnvironment.packageRoot.appendingPathComponent("schemas/examples") }
    static var schemasFolder: URL { TestEnvironment.packageRoot.appendingPathComponent("schemas/events") }

    static func typeNames(in folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
    }
}
