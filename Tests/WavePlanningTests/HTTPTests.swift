import Auth
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceKit
import Synchronization
import Testing
@testable import wave_planning

/// The admin and audit API on a real schema: bearer tokens with the admin claim, every change
/// logged with its operator, 4xx problem+json for bad input, and a wave started over HTTP audited
/// and explained.
struct HTTPTests {
    static let secret = "wave-planning-test-secret-of-32-bytes!"

    func token(_ tokens: BearerTokens, admin: Bool, subject: String = "operator-7") async throws -> String {
        try await tokens.sign(BearerClaims(subject: subject, expires: Date().addingTimeInterval(600), admin: admin))
    }

    func withAPI(
        logger: Logger = Logger(label: "test"),
        _ body: @escaping @Sendable (WaveTestDatabase, BearerTokens, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await WaveTestDatabase.with { db in
            let tokens = try await BearerTokens(secret: Self.secret)
            let router = Router()
            WaveRoutes(store: db.store, pool: db.pool, tokens: tokens, logger: logger).register(on: router)
            AdminRoutes(store: db.store, pool: db.pool, tokens: tokens).register(on: router)
            try await Application(router: router).test(.router) { client in try await body(db, tokens, client) }
        }
    }

    func call(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String?, body: String? = nil
    ) async throws -> (HTTPResponse.Status, String, String?) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in (response.status, String(buffer: response.body), response.headers[.contentType]) }
    }

    @Test func adminChangesNeedTheAdminClaimAndAreLoggedWithTheOperator() async throws {
        try await withAPI { db, tokens, client in
            let admin = try await token(tokens, admin: true)
            let user = try await token(tokens, admin: false)
            #expect(try await call(client, .put, "/api/admin/config/budget", token: nil, body: #"{"budgetCents":500}"#).0 == .unauthorized)
            #expect(try await call(client, .put, "/api/admin/config/budget", token: user, body: #"{"budgetCents":500}"#).0 == .forbidden)
            let bad = try await call(client, .put, "/api/admin/config/budget", token: admin, body: #"{"budgetCents":0}"#)
            #expect(bad.0 == .badRequest && bad.2 == "application/problem+json" && bad.1.contains("budgetCents"))
            #expect(try await call(client, .put, "/api/admin/config/budget", token: admin, body: #"{"budget":1}"#).0 == .badRequest)

            #expect(try await call(client, .put, "/api/admin/config/budget", token: admin, body: #"{"budgetCents":123456}"#).0 == .ok)
            #expect(try await call(client, .put, "/api/admin/config/new-product-hold", token: admin, body: #"{"enabled":false}"#).0 == .ok)
            #expect(try await call(client, .post, "/api/admin/blacklist/products", token: admin, body: #"{"id":"p1","reason":"fraud"}"#).0 == .ok)
            #expect(try await call(client, .post, "/api/admin/blacklist/companies", token: admin, body: #"{"id":"c9","reason":"sybil"}"#).0 == .ok)
            #expect(try await call(client, .post, "/api/admin/blacklist/companies", token: admin, body: #"{"id":"a b","reason":"x"}"#).0 == .badRequest)

            let config = try await db.query("SELECT version, default_budget_cents, config::text FROM \(db.schema).wave_config")
            #expect(try config[0].decode("version", as: Int64.self) == 3)
            #expect(try config[0].decode("default_budget_cents", as: Int64.self) == 123_456)
            #expect(try StoredConfig(try await db.query("SELECT \(StoredConfig.columns) FROM \(db.schema).wave_config")[0]).config.newProductHoldSeconds == 0)
            let log = try await db.query("SELECT operator_id, action FROM \(db.schema).admin_change ORDER BY change_id")
            #expect(try log.map { try $0.decode("action", as: String.self) } == ["budget", "new_product_hold", "blacklist_product", "blacklist_company"])
            #expect(try log.allSatisfy { try $0.decode("operator_id", as: String.self) == "operator-7" })
            #expect(try await db.count("blacklist") == 2)
        }
    }

    @Test func waveStartedOverHTTPIsAuditedAndExplained() async throws {
        try await withAPI { db, tokens, client in
            try await db.apply(try Catalog.events(products: 30, companies: 10))
            _ = try await db.buildIndex()
            let admin = try await token(tokens, admin: true)
            let started = try await call(client, .post, "/api/waves", token: admin, body: #"{"waveId":"http-wave","budgetCents":50000}"#)
            #expect(started.0 == .accepted)
            #expect(try await call(client, .post, "/api/waves", token: admin, body: #"{"waveId":"http-wave"}"#).0 == .conflict)
            #expect(try await call(client, .post, "/api/waves", token: admin, body: #"{"budgetCents":-5}"#).0 == .badRequest)
            // The batches went to the outbox with the plan.
            #expect(try await db.count("outbox", "event_type = 'purchase.batch.requested'") == (try await db.count("wave_batch")))

            let audit = try await call(client, .get, "/api/waves/http-wave", token: admin)
            #expect(audit.0 == .ok)
            let wave = try JSONDecoder.iso.decode(WaveAuditResponse.self, from: Data(audit.1.utf8))
            #expect(wave.budgetCents == 50_000 && wave.requestedBy == "operator-7" && wave.status == "executing")
            #expect(wave.spentCents + wave.retainedCents == 50_000)
            #expect(wave.plan.count == 1 && !wave.plan[0].orders.isEmpty)
            #expect(wave.perCompany.count == 10 && wave.telemetry.contains { $0.phase == "plan" && $0.roundTrips >= 2 })

            let productId = wave.plan[0].orders[0].productId
            let explained = try await call(client, .get, "/api/waves/http-wave/explain/\(productId)", token: admin)
            #expect(explained.0 == .ok)
            let explanation = try JSONDecoder().decode(ExplainResponse.self, from: Data(explained.1.utf8))
            #expect(explanation.score != nil && explanation.caps != nil && !explanation.planSteps.isEmpty)
            #expect(explanation.plannedSpendCents == wave.plan[0].orders[0].plannedSpendCents)
            #expect(try await call(client, .get, "/api/waves/http-wave/explain/nope", token: admin).0 == .notFound)
            #expect(try await call(client, .get, "/api/waves/missing", token: admin).0 == .notFound)
            #expect(try await call(client, .get, "/api/waves/http-wave", token: nil).0 == .unauthorized)
        }
    }

    @Test func theBudgetLimitMessageStatesTheLimitTheCheckEnforces() async throws {
        try await withAPI { db, tokens, client in
            let admin = try await token(tokens, admin: true)
            let over = try await call(client, .put, "/api/admin/config/budget", token: admin, body: #"{"budgetCents":10000000000001}"#)
            #expect(over.0 == .badRequest && over.2 == "application/problem+json")
            let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(over.1.utf8))
            #expect(problem.field == "budgetCents")
            #expect(problem.detail.contains("10000000000000 cents") && problem.detail.contains("100000000000.00"))
            #expect(!problem.detail.contains("10,000,000,000.00"))
            // The limit itself is allowed: the message and the check agree.
            #expect(try await call(client, .put, "/api/admin/config/budget", token: admin, body: #"{"budgetCents":10000000000000}"#).0 == .ok)
        }
    }

    @Test func aPlannerRefusalOfStoredStateIsALogged500AndClientMistakesStay4xx() async throws {
        let log = CapturedLog()
        try await withAPI(logger: Logger(label: "test") { _ in log.handler }) { db, tokens, client in
            let admin = try await token(tokens, admin: true)
            // What the client sent is still answered 400 before anything is planned.
            let huge = try await call(client, .post, "/api/waves", token: admin, body: #"{"budgetCents":9223372036854775807}"#)
            #expect(huge.0 == .badRequest)
            #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(huge.1.utf8)).field == "budgetCents")
            // A stored config the planner refuses (batchSize 0) is the server's fault.
            var stored = try StoredConfig(try await db.query("SELECT \(StoredConfig.columns) FROM \(db.schema).wave_config")[0])
            stored.config.batchSize = 0
            let write = try db.store.writeConfig(stored, operatorId: "test", action: "corrupt", detail: "{}")
            _ = try await db.query(write.sql, write.parameters)
            let failed = try await call(client, .post, "/api/waves", token: admin, body: #"{"waveId":"broken"}"#)
            #expect(failed.0 == .internalServerError && failed.2 == "application/problem+json")
            let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(failed.1.utf8))
            #expect(problem.status == .internalServerError && !problem.detail.contains("batchSize"))
            #expect(log.messages.contains { $0.contains("wave planning failed") && $0.contains("batchSize") })
            #expect(try await db.count("wave") == 0)
        }
    }

    @Test func startingAWaveWithAnEmptySubjectIsForbiddenLikeEveryAdminChange() async throws {
        try await withAPI { db, tokens, client in
            let anonymousAdmin = try await token(tokens, admin: true, subject: "")
            for (method, path, body) in [
                (HTTPRequest.Method.post, "/api/waves", #"{"waveId":"nobody"}"#),
                (.put, "/api/admin/config/budget", #"{"budgetCents":500}"#),
                (.post, "/api/admin/blacklist/products", #"{"id":"p1","reason":"fraud"}"#),
            ] {
                let answer = try await call(client, method, path, token: anonymousAdmin, body: body)
                #expect(answer.0 == .forbidden && answer.2 == "application/problem+json", "\(path)")
                #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(answer.1.utf8)).detail.contains("empty subject"), "\(path)")
            }
            #expect(try await db.count("wave") == 0)
            #expect(try await db.count("admin_change") == 0)
        }
    }

    @Test func onlyAnOversizedBodyIs413AndOtherReadFailuresAre400() async throws {
        let oversized = ByteBuffer(repeating: UInt8(ascii: " "), count: wave_planning.RequestBody.limit + 1)
        #expect(await Self.problem(reading: [oversized], failing: false)?.status == .contentTooLarge)
        let broken = await Self.problem(reading: [ByteBuffer(string: #"{"waveId":"#)], failing: true)
        #expect(broken?.status == .badRequest && broken?.detail.contains("could not be read") == true)
    }

    struct BodyBrokeOff: Error {}

    /// The problem reading `parts` as a request body answers with (after them the body fails when
    /// `failing`); nil when it answered none.
    static func problem(reading parts: [ByteBuffer], failing: Bool) async -> ProblemDetails? {
        let (stream, continuation) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        parts.forEach { continuation.yield($0) }
        continuation.finish(throwing: failing ? BodyBrokeOff() as any Error : nil)
        let request = Request(
            head: HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/api/waves"), body: .init(asyncSequence: stream))
        do {
            _ = try await wave_planning.RequestBody.decode(StartWaveRequest.self, from: request)
            return nil
        } catch {
            return error as? ProblemDetails
        }
    }
}

/// Every log line's message and metadata, to prove what a route logged.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    var messages: [String] { lines.withLock { $0 } }

    var handler: some LogHandler { Handler(log: self) }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            log.append("\(event.message) \(event.metadata ?? [:])")
        }
    }
}

extension JSONDecoder {
    /// Decodes the API's dates (Hummingbird's default JSON encoder writes ISO 8601).
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
