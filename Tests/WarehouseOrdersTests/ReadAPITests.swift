import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing
@testable import warehouse_orders
import WarehouseOrdersDomain

/// The read API on the real router and database.
struct ReadAPITests {
    private func application(_ db: WarehouseTestDatabase) -> some ApplicationProtocol {
        let router = Router()
        WarehouseRoutes.add(to: router, store: db.store, pool: db.pool)
        return Application(router: router)
    }

    @Test func ordersAndSalesLogOfATickedDay() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference())
            try await db.apply([MarchWarehouse.tick()])
            try await application(db).test(.router) { client in
                try await client.execute(uri: "/api/warehouses/w1/orders?day=2025-03-10", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder().decode(OrdersResponse.self, from: Data(buffer: response.body))
                    #expect(body.orders.count == 1)
                    #expect(body.orders.first?.items.map(\.qtyOrdered) == [5, 2])
                    #expect(body.orders.first?.items.map(\.sortIndex) == [0, 1])
                    #expect(body.orders.first?.items.first?.reasons.resolvedBandCategoryId == "l2")
                }
                try await client.execute(uri: "/api/warehouses/w1/sales-log?day=2025-03-10", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder().decode(SalesLogResponse.self, from: Data(buffer: response.body))
                    #expect(body.entries.map(\.listingId) == ["L1", "L2"])
                    #expect(body.entries.map(\.qtyOrdered) == [5, 2])
                    #expect(body.entries.last?.salePriceCents == 1_250 && body.entries.last?.listPriceCents == 1_500)
                    #expect(body.entries.first?.reasonsSnapshot.missingSeasonScenario == true)
                    #expect(body.entries.first?.marketZone == "USA")
                }
                try await client.execute(uri: "/api/warehouses/w1/orders?day=2025-03-11", method: .get) { response in
                    let body = try JSONDecoder().decode(OrdersResponse.self, from: Data(buffer: response.body))
                    #expect(response.status == .ok && body.orders.isEmpty)
                }
            }
        }
    }

    @Test func aMissingOrInvalidDayIsAProblem() async throws {
        try await WarehouseTestDatabase.with { db in
            try await application(db).test(.router) { client in
                for (uri, field) in [
                    ("/api/warehouses/w1/orders", "day"), ("/api/warehouses/w1/sales-log?day=2025-02-30", "day"),
                    ("/api/warehouses/w1/orders?day=2025-3-1", "day"),
                ] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .badRequest)
                        #expect(response.headers[.contentType] == "application/problem+json")
                        let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: response.body))
                        #expect(problem.field == field)
                    }
                }
            }
        }
    }
}
