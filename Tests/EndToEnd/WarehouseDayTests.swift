import EventContracts
import Foundation
import Postgres
import Testing

extension EndToEnd {
    /// Story 5: the game publishes a warehouse (building, categories, a demand band, templates, stock,
    /// listings) and its day tick; warehouse-orders answers with the day's order and pauses what has no stock.
    @Suite("End-to-end warehouse day", .timeLimit(.minutes(3)))
    struct WarehouseDayTests {
        @Test("a warehouse day produces an order and pauses the listing without stock; a repeated tick changes nothing")
        func warehouseDayOrdersAndPauses() async throws {
            try await SystemUnderTest.run(services: [.warehouseOrders]) { system in
                let game = WarehouseGame()
                try await game.publishReference(to: system)
                try await system.publish([game.tick(), game.tick()])

                let completed = try await system.awaitEvents(WarehouseDayCompleted.self, subject: About.warehouse(game.warehouse)) {
                    $0.count >= 2
                }.map(\.data)
                #expect(completed.map(\.skippedAsDuplicate).sorted { !$0 && $1 } == [false, true])
                let orders = system.sink.events(WarehouseOrderCreated.self, subject: About.warehouse(game.warehouse)).map(\.data)
                let order = try #require(orders.first)
                #expect(orders.count == 1)
                // Stock 7 of t1 is shared by L1 then L2 (D002-16 order); L3's template has no stock row.
                #expect(order.items.map(\.listingId) == [game.listing(1), game.listing(2)])
                #expect(order.items.allSatisfy { $0.qtyOrdered >= 1 })
                let units = order.items.reduce(0) { $0 + $1.qtyOrdered }
                #expect(units <= 7)

                let paused = system.sink.events(WarehouseListingPaused.self, subject: About.warehouse(game.warehouse)).map(\.data)
                #expect(paused.contains { $0.listingId == game.listing(3) && $0.reason == .outOfStock && $0.dayKey == game.day })
                let day = try #require(completed.first { !$0.skippedAsDuplicate })
                #expect(day.orderId == order.orderId)
                #expect(day.unitsOrdered == units)
                #expect(day.paused == Int64(paused.count))

                let reply = try await system.get(.warehouseOrders, "/api/warehouses/\(game.warehouse)/orders?day=\(game.day)")
                #expect(reply.status == 200)
                let served = try reply.decode(OrdersReply.self).orders
                #expect(served.map(\.orderId) == [order.orderId])
                #expect(served.first?.items.map(\.listingId) == order.items.map(\.listingId))
                #expect(served.first?.items.map(\.qtyOrdered) == order.items.map(\.qtyOrdered))
            }
        }
    }
}

/// One company's warehouse as the game describes it, under ids no other run uses: band min 4, max 6
/// per day on the L2 category; templates t1 (stock 7) and t2 (no stock row); listings L1, L2 of t1 and L3 of t2.
struct WarehouseGame {
    let suffix = UUID().lowercaseText.prefix(8)
    let day = "2025-03-10"
    var company: String { "c-\(suffix)" }
    var warehouse: String { "w-\(suffix)" }
    func listing(_ n: Int) -> String { "L\(n)-\(suffix)" }
    func template(_ n: Int) -> String { "t\(n)-\(suffix)" }

    func publishReference(to system: SystemUnderTest) async throws {
        let created = Date(timeIntervalSince1970: 1_740_000_000)
        try await system.publish([Outside.event(WarehouseBuildingUpserted(warehouseBuildingId: warehouse, companyId: company, marketZone: nil))])
        try await system.publish([
            Outside.event(CatalogCategoryUpserted(categoryId: "l2-\(suffix)", level: .l2)),
            Outside.event(CatalogCategoryUpserted(categoryId: "l3-\(suffix)", level: .l3, parentId: "l2-\(suffix)")),
        ])
        try await system.publish([
            Outside.event(DemandBandUpserted(
                bandId: "b-\(suffix)", categoryId: "l2-\(suffix)", productQuality: .standard, tierMin: 1, tierMax: 5, minDaily: 4,
                maxDaily: 6, isActive: true))
        ])
        try await system.publish((1...2).map {
            Outside.event(CatalogTemplateUpserted(
                productTemplateId: template($0), categoryL3Id: "l3-\(suffix)", productQuality: .standard, suggestedSalePriceCents: 1_000))
        })
        try await system.publish([
            Outside.event(WarehouseInventoryAdjusted(
                warehouseBuildingId: warehouse, productTemplateId: template(1), qtyOnHand: 7, avgUnitCostCents: 400))
        ])
        let listings: [(n: Int, template: Int, sale: Int64?, list: Int64)] = [(1, 1, nil, 1_000), (2, 1, 1_250, 1_500), (3, 2, nil, 1_000)]
        try await system.publish(listings.map { listing in
            Outside.event(WarehouseListingUpserted(
                listingId: self.listing(listing.n), companyId: company, warehouseBuildingId: warehouse,
                productTemplateId: template(listing.template), playerProductId: "pp-\(self.listing(listing.n))",
                salePriceCents: listing.sale, listPriceCents: listing.list, status: .listed,
                createdAt: created.addingTimeInterval(Double(listing.n))))
        })
    }

    func tick() -> CloudEvent<WarehouseDayTick> {
        Outside.event(WarehouseDayTick(companyId: company, warehouseBuildingId: warehouse, dayKey: day))
    }
}

/// warehouse-orders' `GET /api/warehouses/{id}/orders` answer, as far as the story reads it.
struct OrdersReply: Decodable {
    struct Order: Decodable {
        struct Item: Decodable {
            let listingId: String
            let qtyOrdered: Int64
        }

        let orderId: String
        let items: [Item]
    }

    let orders: [Order]
}
