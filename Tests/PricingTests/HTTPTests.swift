import Auth
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import Money
import Postgres
import PricingDomain
import Testing

@testable import pricing

@Suite("Brick state HTTP API")
struct HTTPTests {
    static let secret = "pricing-test-secret-of-at-least-32-bytes"
    let brick = UUID()
    let voter = UUID()

    func token(user: UUID, verified: Bool?, secret: String = Self.secret) async throws -> String {
        try await BearerTokens(secret: secret).sign(
            BearerClaims(subject: user.lowercaseText, expires: Date().addingTimeInterval(600), emailVerified: verified))
    }

    /// The API over a database where `voter` cast one verified OVER vote on `brick` this cycle.
    func withAPI(_ body: @escaping @Sendable (PricingDatabase, any TestClientProtocol) async throws -> Void) async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        try pure.vote(.over, user: voter, at: VoteFactory.t0)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let router = Router()
            BrickRoutes(store: db.store, pool: db.pool, config: db.config, tokens: try await BearerTokens(secret: Self.secret))
                .register(on: router)
            try await Application(router: router).test(.router) { client in try await body(db, client) }
        }
    }

    func getState(_ client: some TestClientProtocol, _ path: String, token: String? = nil) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body))
        }
    }

    func decode(_ body: String) throws -> BrickStateResponse {
        try JSONDecoder().decode(BrickStateResponse.self, from: Data(body.utf8))
    }

    @Test("everyone sees price and fair range; only a verified voter of this cycle sees sentiment")
    func accessLevels() async throws {
        let brick = brick
        let voterToken = try await token(user: voter, verified: true)
        let otherToken = try await token(user: UUID(), verified: true)
        let unverifiedVoterToken = try await token(user: voter, verified: false)
        try await withAPI { db, client in
            let stored = try #require(try await db.state(brick))
            let range = try stored.fairRange(config: db.config)
            let (status, body) = try await getState(client, "/api/bricks/\(brick.lowercaseText)/state")
            #expect(status == .ok)
            let anonymous = try decode(body)
            #expect(anonymous.livePriceCents == stored.livePrice.rawValue)
            #expect(anonymous.fairRangeLowerCents == range.lower.rawValue && anonymous.fairRangeUpperCents == range.upper.rawValue)
            #expect(anonymous.lastVoteEventIdProcessed == stored.lastVoteEventId)
            #expect(anonymous.sentiment == nil)
            #expect(!body.contains("p_over"))
            let voted = try decode(try await getState(client, "/api/bricks/\(brick.lowercaseText)/state", token: voterToken).1)
            #expect(voted.sentiment?.pOver == stored.sentiment.pOver)
            #expect(voted.sentiment?.pricingConfidence == stored.pricingConfidence)
            #expect(try decode(try await getState(client, "/api/bricks/\(brick.lowercaseText)/state", token: otherToken).1).sentiment == nil)
            #expect(try decode(try await getState(client, "/api/bricks/\(brick.lowercaseText)/state", token: unverifiedVoterToken).1).sentiment == nil)
        }
    }

    @Test("bad ids, unknown bricks and forged tokens get problem+json errors")
    func errors() async throws {
        let brick = brick
        let forged = try await token(user: voter, verified: true, secret: "another-secret-that-is-long-enough-0123")
        try await withAPI { _, client in
            let (badStatus, badBody) = try await getState(client, "/api/bricks/not-a-uuid/state")
            #expect(badStatus == .badRequest)
            #expect(badBody.contains("not a UUID"))
            #expect(try await getState(client, "/api/bricks/\(UUID().lowercaseText)/state").0 == .notFound)
            #expect(try await getState(client, "/api/bricks/\(brick.lowercaseText)/state", token: forged).0 == .unauthorized)
            let (historyStatus, historyBody) = try await getState(client, "/api/bricks/\(brick.lowercaseText)/history?from=2026-13-01&to=2026-12-01")
            #expect(historyStatus == .badRequest)
            #expect(historyBody.contains("2026-13-01"))
        }
    }

    @Test("history lists the stored daily closes in the range, oldest first")
    func history() async throws {
        let brick = brick
        try await withAPI { db, client in
            let store = db.store
            try await db.pool.withConnection { connection in
                let closes = try ["2026-11-18", "2026-11-19", "2026-11-21"].enumerated().map { index, day in
                    DailyClose(brickId: brick, day: try TradingDay(parsing: day), closePrice: Cents(Int64(10_000 + index)), votesToday: index)
                }
                try connection.query(store.insertCloses(closes))
            }
            let (status, body) = try await getState(client, "/api/bricks/\(brick.lowercaseText)/history?from=2026-11-19&to=2026-11-30")
            #expect(status == .ok)
            let history = try JSONDecoder().decode(BrickHistoryResponse.self, from: Data(body.utf8))
            #expect(history.closes.map(\.day) == ["2026-11-19", "2026-11-21"])
            #expect(history.closes.map(\.closePriceCents) == [10_001, 10_002])
        }
    }
}
