import AMQP
import EventContracts
import Foundation

/// The demo's world, as the systems around Market would publish it: a catalog of companies, products
/// and buyers; users and bricks with voting crowds (one a brigade, one a FAIR crowd); warehouses with
/// listings and three game days; a selection period with rankings that then closes; and purchase waves.
///
/// `reference` comes first (what the others refer to), `activity` after the services have it.
struct DemoFeed {
    let scale: Int
    let exchange: String
    let random: DemoRandom
    let start: Date

    var companies: Int { 5 * scale }
    var products: Int { 40 * scale }
    var users: Int { 200 * scale }
    var bricks: Int { 10 * scale }
    var warehouses: Int { 3 * scale }
    var students: Int { 60 * scale }
    var topics: Int { 8 * scale }

    func brick(_ index: Int) -> String { random.uuid("brick:\(index)") }
    func user(_ index: Int) -> String { random.uuid("user:\(index)") }
    var period: String { random.uuid("period") }
    func topic(_ index: Int) -> String { random.uuid("topic:\(index)") }
    func student(_ index: Int) -> String { random.uuid("student:\(index)") }
    func wave(_ index: Int) -> String { random.uuid("wave:\(index)") }
    func company(_ index: Int) -> String { random.name("company", index) }
    func warehouse(_ index: Int) -> String { random.name("warehouse", index) }

    func message<Payload: EventPayload>(_ payload: Payload) throws -> OutgoingMessage {
        try ContractMessage.message(payload, exchange: exchange)
    }

    func reference() throws -> [OutgoingMessage] {
        try catalog() + crowd() + warehouseWorld() + selectionPeriod()
    }

    func activity() throws -> [OutgoingMessage] {
        try votes() + rankings() + warehouseDays()
    }

    // MARK: Catalog (wave-planning, purchase-execution)

    private func catalog() throws -> [OutgoingMessage] {
        var messages: [OutgoingMessage] = []
        for c in 0..<companies {
            messages.append(try message(CatalogCompanyUpserted(
                companyId: company(c), version: 1, ownerId: random.name("owner", c),
                reputationScore: 0.5 + 0.5 * random.unit("reputation:\(c)"),
                balanceCents: Int64(random.int(100_000...2_000_000, "balance:\(c)")), flaggedStatus: .none)))
        }
        // A simulated buyer account linked to company 0: self-selling, which the waves must exclude.
        messages.append(try message(BuyerLinked(buyerId: random.name("buyer", 0), companyId: company(0), ownerId: random.name("owner", 0))))
        for p in 0..<products {
            messages.append(try message(CatalogProductUpserted(
                productId: random.name("product", p), companyId: company(p % companies), version: 1,
                priceCents: Int64(random.int(199...9_999, "price:\(p)")), qualityRating: 0.2 + 0.8 * random.unit("quality:\(p)"),
                stockAvailable: p % 7 == 0 ? nil : Int64(random.int(5...200, "stock:\(p)")), isActive: true, isArchived: false,
                category: random.name("category", p % 4), createdAt: start.addingTimeInterval(-86_400 * 30), updatedAt: start)))
        }
        return messages
    }

    // MARK: Bricks (voting, pricing)

    private func crowd() throws -> [OutgoingMessage] {
        var messages: [OutgoingMessage] = []
        for u in 0..<users {
            messages.append(try message(UserUpserted(
                userId: user(u), emailVerified: random.unit("verified:\(u)") < 0.85,
                accountCreatedAt: start.addingTimeInterval(-86_400 * Double(random.int(1...400, "age:\(u)"))))))
        }
        for b in 0..<bricks {
            messages.append(try message(BrickListed(
                brickId: brick(b), name: "Demo brick \(b)", baselinePriceCents: Int64(random.int(500...20_000, "baseline:\(b)")),
                listedAt: start)))
        }
        return messages
    }

    /// Each brick's crowd leans one way; brick 0 is brigaded (a burst of OVER from two addresses),
    /// brick 1 gets an all-FAIR crowd that agrees the price is right: it freezes.
    private func votes() throws -> [OutgoingMessage] {
        var messages: [OutgoingMessage] = []
        for b in 0..<bricks {
            let leaning: [VoteType] = switch b {
            case 0: [.over]
            case 1: [.fair]
            default: random.unit("lean:\(b)") < 0.5 ? [.over, .over, .fair, .under] : [.under, .under, .fair, .over]
            }
            let voters = b == 0 ? 40 : b == 1 ? 120 : random.int(20...60, "voters:\(b)")
            for v in 0..<voters {
                let voter = b == 0 ? v : random.int(0...(users - 1), "voter:\(b):\(v)")
                messages.append(try message(VoteIntentSubmitted(
                    intentId: UUID().uuidString.lowercased(), userId: user(voter), brickId: brick(b),
                    voteType: random.pick(leaning, "vote:\(b):\(v)"), submittedAt: start.addingTimeInterval(Double(v)),
                    ipHash: b == 0 ? "brigade-\(v % 2)" : "ip-\(voter)", userAgent: "marketctl-demo", sessionId: "demo-\(voter)")))
            }
        }
        return messages
    }

    // MARK: Warehouses (warehouse-orders)

    private func warehouseWorld() throws -> [OutgoingMessage] {
        var messages = [
            try message(CatalogCategoryUpserted(categoryId: random.name("category-l2", 0), level: .l2)),
            try message(CatalogCategoryUpserted(categoryId: random.name("category-l3", 0), level: .l3, parentId: random.name("category-l2", 0))),
            try message(DemandBandUpserted(
                bandId: random.name("band", 0), categoryId: random.name("category-l3", 0), productQuality: .standard, tierMin: 1, tierMax: 5, minDaily: 1,
                maxDaily: 6, isActive: true)),
        ]
        for t in 0..<10 {
            messages.append(try message(CatalogTemplateUpserted(
                productTemplateId: random.name("template", t), categoryL3Id: random.name("category-l3", 0), productQuality: .standard,
                suggestedSalePriceCents: Int64(500 + 100 * t))))
        }
        for w in 0..<warehouses {
            let company = company(w % companies)
            messages.append(try message(WarehouseBuildingUpserted(warehouseBuildingId: warehouse(w), companyId: company, marketZone: nil)))
            for t in 0..<10 {
                messages.append(try message(WarehouseInventoryAdjusted(
                    warehouseBuildingId: warehouse(w), productTemplateId: random.name("template", t),
                    qtyOnHand: Int64(random.int(0...30, "stock:\(w):\(t)")), avgUnitCostCents: 300)))
                messages.append(try message(WarehouseListingUpserted(
                    listingId: random.name("listing-\(w)", t), companyId: company, warehouseBuildingId: warehouse(w),
                    productTemplateId: random.name("template", t), playerProductId: random.name("player-product-\(w)", t),
                    salePriceCents: t % 3 == 0 ? Int64(400 + 150 * t) : nil, listPriceCents: Int64(500 + 100 * t), status: .listed,
                    createdAt: start.addingTimeInterval(Double(t)))))
            }
        }
        return messages
    }

    private func warehouseDays() throws -> [OutgoingMessage] {
        try ["2026-11-20", "2026-11-21", "2026-11-22"].flatMap { day in
            try (0..<warehouses).map { w in
                try message(WarehouseDayTick(companyId: company(w % companies), warehouseBuildingId: warehouse(w), dayKey: day))
            }
        }
    }

    // MARK: Selection period (ranking-metrics)

    private func selectionPeriod() throws -> [OutgoingMessage] {
        var messages = [try message(SelectionPeriodOpened(periodId: period, title: "Demo projects", opensAt: start))]
        for t in 0..<topics {
            messages.append(try message(TopicCreated(topicId: topic(t), periodId: period, title: "Topic \(t)", capacity: Int64(2 + t % 4))))
        }
        for s in 0..<students {
            messages.append(try message(StudentRegistered(studentId: student(s), periodId: period)))
        }
        return messages
    }

    /// Each student ranks five topics, popular ones more often; then the period closes.
    private func rankings() throws -> [OutgoingMessage] {
        var messages: [OutgoingMessage] = []
        for s in 0..<students {
            var chosen: [Int] = []
            var draw = 0
            while chosen.count < min(5, topics) {
                let topic = Int(Double(topics) * pow(random.unit("rank:\(s):\(draw)"), 1.8))
                if !chosen.contains(topic) { chosen.append(topic) }
                draw += 1
            }
            messages.append(try message(RankingsBatchUpdated(
                studentId: student(s), periodId: period, sessionId: random.name("session", s),
                updates: chosen.enumerated().map { .init(topicId: topic($0.element), position: Int64($0.offset + 1)) })))
        }
        messages.append(try message(SelectionPeriodClosed(periodId: period, closedAt: start.addingTimeInterval(3_600))))
        return messages
    }

    // MARK: Waves (wave-planning)

    /// Last: wave-planning buys from its candidate index, which its background job builds from the catalog.
    func waves() throws -> [OutgoingMessage] {
        try (0..<3).map { w in
            try message(WaveRequested(
                waveId: wave(w), budgetCents: Int64(random.int(50_000...500_000, "budget:\(w)")), requestedBy: "marketctl-demo"))
        }
    }
}
