import Auth
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import Postgres
import ServiceKit
import Synchronization
import Testing
import VotingDomain

@testable import voting

@Suite("Voting HTTP API")
struct HTTPTests {
    static let secret = "voting-test-secret-of-at-least-32-bytes!"
    let alice = UUID()
    let brick = UUID()

    /// The API on a live server (the socket peer is the test client, 127.0.0.1 or ::1), as ServiceRunner routes it.
    func withAPI(
        config: VotingConfig = .standard, trustForwardedFor: Bool = false, clock: @escaping @Sendable () -> Date = { Date() },
        _ body: @escaping @Sendable (VotingDatabase, BearerTokens, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await VotingDatabase.with(config: config) { db in
            try await db.apply([try Events.input(Events.user(alice)), try Events.input(Events.listing(brick))])
            let tokens = try await BearerTokens(secret: Self.secret)
            let router = Router(context: ServiceRequestContext.self)
            VoteRoutes(
                store: db.store, pool: db.pool, config: db.config, tokens: tokens,
                intake: IntakeSettings(ipHashSalt: "salt", maxBodyBytes: 256, trustForwardedFor: trustForwardedFor), clock: clock
            ).register(on: router)
            try await Application(router: router).test(.live) { client in try await body(db, tokens, client) }
        }
    }

    func token(_ tokens: BearerTokens, user: UUID) async throws -> String {
        try await tokens.sign(BearerClaims(subject: user.lowercaseText, expires: Date().addingTimeInterval(600), emailVerified: true))
    }

    func post(_ client: some TestClientProtocol, body: String, token: String?, forwardedFor: String? = nil)
        async throws -> (HTTPResponse.Status, String, String?)
    {
        let response = try await send(client, body: body, token: token, forwardedFor: forwardedFor)
        return (response.status, String(buffer: response.body), response.headers[.contentType])
    }

    func send(_ client: some TestClientProtocol, body: String, token: String?, forwardedFor: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json", .userAgent: "test-agent"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let forwardedFor, let name = HTTPFields.Element.Name("X-Forwarded-For") { headers[name] = forwardedFor }
        return try await client.execute(uri: "/api/vote_intents", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func body(_ type: String = "OVER") -> String { #"{"brickId":"\#(brick.lowercaseText)","voteType":"\#(type)"}"# }

    @Test("202 with the intent id; the stored intent carries the salted peer address hash and user agent; enrichment records it")
    func accepted() async throws {
        let alice = alice
        try await withAPI { db, tokens, client in
            // Not configured behind a proxy: a forged X-Forwarded-For changes nothing.
            let (status, text, _) = try await post(client, body: body(), token: try await token(tokens, user: alice), forwardedFor: "203.0.113.9, 10.0.0.1")
            #expect(status == .accepted)
            let accepted = try JSONDecoder().decode(IntentAccepted.self, from: Data(text.utf8))
            #expect(accepted.status == "ACCEPTED")
            #expect(Self.peerHashes.contains(try await storedIPHash(db, accepted)))
            try await db.enrich(now: Date())
            #expect(try await db.outbox(VoteRecorded.self).map(\.intentId) == [accepted.intentId])
        }
    }

    @Test("VOTING_TRUST_FORWARDED_FOR: behind a proxy the last X-Forwarded-For hop is hashed, the peer without the header")
    func behindAProxy() async throws {
        let alice = alice
        try await withAPI(trustForwardedFor: true) { db, tokens, client in
            let token = try await token(tokens, user: alice)
            let forwarded = try JSONDecoder().decode(
                IntentAccepted.self, from: Data(try await post(client, body: body(), token: token, forwardedFor: "198.51.100.7, 203.0.113.9").1.utf8))
            let direct = try JSONDecoder().decode(IntentAccepted.self, from: Data(try await post(client, body: body(), token: token).1.utf8))
            #expect(try await storedIPHash(db, forwarded) == ClientFingerprint.hash(address: "203.0.113.9", salt: "salt"))
            #expect(Self.peerHashes.contains(try await storedIPHash(db, direct)))
        }
    }

    /// The test client's address as the server's socket sees it, hashed.
    static let peerHashes = ["127.0.0.1", "::1"].map { ClientFingerprint.hash(address: $0, salt: "salt") }

    /// The ip hash the accepted intent was stored with (and the user agent it must carry).
    func storedIPHash(_ db: VotingDatabase, _ accepted: IntentAccepted) async throws -> String {
        let schema = db.schema
        let rows = try await db.pool.withConnection { connection in
            try connection.query(
                "SELECT ip_hash FROM \(schema).vote_intents WHERE intent_id = $1::uuid AND user_agent = 'test-agent'",
                [accepted.intentId])
        }
        return try #require(rows.first).decode(0, as: String.self)
    }

    @Test("401 without a valid token, 400 naming the bad field, 413 for a large body; none stores anything")
    func refusals() async throws {
        let alice = alice
        try await withAPI { db, tokens, client in
            let token = try await token(tokens, user: alice)
            #expect(try await post(client, body: body(), token: nil).0 == .unauthorized)
            #expect(try await post(client, body: body(), token: "garbage").0 == .unauthorized)
            let cases: [(String, String?)] = [
                (#"{"voteType":"OVER"}"#, "brickId"), (#"{"brickId":"nope","voteType":"OVER"}"#, "brickId"),
                (#"{"brickId":7,"voteType":"OVER"}"#, "brickId"), (body("MAYBE"), "voteType"), (#"{"brickId":"\#(brick.lowercaseText)"}"#, "voteType"),
                ("not json", nil), ("[1,2]", nil),
            ]
            for (text, field) in cases {
                let (status, problem, contentType) = try await post(client, body: text, token: token)
                #expect(status == .badRequest, "\(text)")
                #expect(contentType == "application/problem+json")
                #expect(try JSONDecoder().decode(ProblemBody.self, from: Data(problem.utf8)).field == field, "\(text)")
            }
            let (status, _, contentType) = try await post(client, body: String(repeating: " ", count: 300) + body(), token: token)
            #expect(status == .contentTooLarge && contentType == "application/problem+json")
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_intents") == 0)
        }
    }

    @Test("P-27 429 once the caller's bucket is empty, Retry-After = whole seconds until it refills a token; nothing stored for it")
    func tooManyRequests() async throws {
        var config = VotingConfig.standard
        config.userRateLimit = RateLimit(capacity: 1, windowSeconds: 3_600)
        let alice = alice
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await withAPI(config: config, clock: clock.now) { db, tokens, client in
            let token = try await token(tokens, user: alice)
            #expect(try await post(client, body: body(), token: token).0 == .accepted)
            try await db.enrich(now: clock.now())
            // 100.25 s later the bucket holds 100.25 of the 3,600 s one token costs: 3,499.75 s to go.
            clock.advance(by: 100.25)
            let limited = try await send(client, body: body(), token: token)
            #expect(limited.status == .tooManyRequests && limited.headers[.contentType] == "application/problem+json")
            #expect(limited.headers[.retryAfter] == "3500")
            clock.advance(by: 3_499)
            #expect(try await send(client, body: body(), token: token).headers[.retryAfter] == "1")
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_intents") == 1)
            // Waiting what the header said is enough.
            clock.advance(by: 1)
            let retried = try await send(client, body: body(), token: token)
            #expect(retried.status == .accepted && retried.headers[.retryAfter] == nil)
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_intents") == 2)
        }
    }

    @Test("§24 my brick: credits left, voted this cycle, XP total and nothing else; 401 anonymous, 404 unknown brick")
    func myBrick() async throws {
        let (alice, brick) = (alice, brick)
        try await withAPI { db, tokens, client in
            let token = try await token(tokens, user: alice)
            let path = "/api/me/bricks/\(brick.lowercaseText)"
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            let before = try await client.execute(uri: path, method: .get, headers: auth) { String(buffer: $0.body) }
            #expect(try JSONDecoder().decode(MyBrickResponse.self, from: Data(before.utf8)).creditsLeft == 3)
            _ = try await post(client, body: body(), token: token)
            try await db.enrich(now: Date())
            let after = try await client.execute(uri: path, method: .get, headers: auth) { String(buffer: $0.body) }
            let view = try JSONDecoder().decode(MyBrickResponse.self, from: Data(after.utf8))
            #expect(view.brickId == brick.lowercaseText && view.creditsLeft == 2 && view.votedInCurrentCycle && view.xpTotal == 10)
            let keys = try #require(try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [String: Any]).keys
            #expect(Set(keys) == ["brick_id", "credits_left", "voted_in_current_cycle", "xp_total"])
            #expect(try await client.execute(uri: path, method: .get, headers: [:]) { $0.status } == .unauthorized)
            #expect(try await client.execute(uri: "/api/me/bricks/\(UUID().lowercaseText)", method: .get, headers: auth) { $0.status } == .notFound)
        }
    }
}

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) { instant = Mutex(start) }

    @Sendable func now() -> Date { instant.withLock { $0 } }

    func advance(by seconds: TimeInterval) { instant.withLock { $0 += seconds } }
}

/// The fields of a problem+json body the tests read.
struct ProblemBody: Decodable {
    var status: Int
    var field: String?
}
