import Auth
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import purchase_execution

/// `GET /api/waves/{id}/sales`: the audit list, for admins only.
@Suite struct WaveSalesHTTPTests {
    static let secret = "purchase-execution-test-secret-32-bytes-long"

    /// The fields of the response the test checks (dates are left to the encoder).
    struct Listing: Decodable {
        struct Sale: Decodable {
            let idempotencyKey: String
            let productId: String
            let quantity: Int64
            let spentCents: Int64
            let reversedAt: String?
        }
        let waveId: String
        let sales: [Sale]
        let liveSales: Int
        let liveSpentCents: Int64
    }

    func get(_ client: some TestClientProtocol, _ path: String, token: String?) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body))
        }
    }

    @Test func adminsListAWavesSalesWithReversalsOthersAreRefused() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([
                try Events.product("p1"), try Events.product("p2", price: 300),
                try Events.batch([Events.line("p1", quantity: 2), Events.line("p2", quantity: 5, price: 300)]),
                try Events.batch([Events.line("p1", quantity: 1, wave: "w2")], wave: "w2", batchId: "c1"),
            ])
            try await db.apply([try Events.rollback("w2")])
            let tokens = try await BearerTokens(secret: Self.secret)
            let admin = try await tokens.sign(BearerClaims(subject: "ops-1", expires: Date().addingTimeInterval(600), admin: true))
            let user = try await tokens.sign(BearerClaims(subject: "user-1", expires: Date().addingTimeInterval(600)))
            let router = Router()
            WaveSalesRoutes(store: db.store, pool: db.pool, tokens: tokens).register(on: router)
            try await Application(router: router).test(.router) { client in
                let (status, body) = try await get(client, "/api/waves/w1/sales", token: admin)
                #expect(status == .ok)
                let listing = try JSONDecoder().decode(Listing.self, from: Data(body.utf8))
                #expect(listing.waveId == "w1")
                #expect(listing.sales.map(\.productId) == ["p1", "p2"])
                #expect(listing.sales.map(\.quantity) == [2, 5])
                #expect(listing.liveSales == 2 && listing.liveSpentCents == 21_500)

                let (_, reversedBody) = try await get(client, "/api/waves/w2/sales", token: admin)
                let reversed = try JSONDecoder().decode(Listing.self, from: Data(reversedBody.utf8))
                #expect(reversed.sales.count == 1 && reversed.sales.first?.reversedAt != nil)
                #expect(reversed.liveSales == 0 && reversed.liveSpentCents == 0)

                let (unknownStatus, unknownBody) = try await get(client, "/api/waves/nope/sales", token: admin)
                #expect(unknownStatus == .ok && unknownBody.contains("\"sales\":[]"))
                let (anonymous, problem) = try await get(client, "/api/waves/w1/sales", token: nil)
                #expect(anonymous == .unauthorized && problem.contains("bearer token"))
                #expect(try await get(client, "/api/waves/w1/sales", token: user).0 == .forbidden)
                #expect(try await get(client, "/api/waves/w1/sales", token: "forged").0 == .unauthorized)
            }
        }
    }
}
