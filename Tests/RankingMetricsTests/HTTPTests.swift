import Auth
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import RankingMetricsDomain
import ServiceKit
import TestSupport
import Testing

@testable import ranking_metrics

/// The read API and the admin endpoint over a real schema, through Hummingbird's test client.
@Suite struct HTTPTests {
    /// HS256 needs at least 32 bytes (``BearerTokens`` refuses shorter secrets).
    static let secret = "ranking-metrics-http-test-secret-0123456789"

    func application(_ fixture: ServiceFixture, feed: MetricsFeed? = nil) async throws -> some ApplicationProtocol {
        let router = Router()
        RankingRoutes(
            store: fixture.store, pool: fixture.pool, tokens: try await BearerTokens(secret: Self.secret),
            feed: feed ?? MetricsFeed(channel: fixture.store.metricsChannel, databaseURL: TestEnvironment.databaseURL, logger: fixture.logger),
            defaultMode: .minimumCost,
            clock: { ServiceFixture.fixedNow.addingTimeInterval(60) }
        ).register(on: router)
        return Application(router: router)
    }

    func token(admin: Bool) async throws -> String {
        try await BearerTokens(secret: Self.secret).sign(
            BearerClaims(subject: "ops", expires: Date().addingTimeInterval(600), admin: admin))
    }

    @Test func readEndpointsAnswerWithMetricsTrendAndProblems() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 4))
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 1), (1, 2)]), Events.rank("s2", in: "p", [(0, 2), (1, 1)])])
            let app = try await application(fixture)
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/periods/p/metrics", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder.iso.decode(PeriodMetricsView.self, from: Data(response.body.readableBytesView))
                    #expect(body.topics.map(\.topicId) == ["p-t0", "p-t1"])  // tie at 1.5: by id
                    #expect(body.topics.map(\.averagePosition) == [1.5, 1.5])
                    #expect(body.topics.allSatisfy { !$0.isStale })
                }
                try await client.execute(uri: "/api/topics/p-t3/metrics", method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
                try await client.execute(uri: "/api/topics/p-t0/trend?hours=2", method: .get) { response in
                    let body = try JSONDecoder.iso.decode(TrendView.self, from: Data(response.body.readableBytesView))
                    #expect(body.trend.map(\.average) == [1.5])
                    #expect(body.trend.first?.hour == Timestamp(ServiceFixture.fixedNow).utcHour)
                }
                try await client.execute(uri: "/api/topics/p-t0/trend?hours=0", method: .get) { response in
                    #expect(response.status == .badRequest)
                    let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body.readableBytesView))
                    #expect(problem.field == "hours")
                }
                try await client.execute(uri: "/api/periods/p/assignment", method: .get) { response in
                    #expect(response.status == .notFound)
                }
            }
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func unknownPeriodsAndTopicsAnswer404InOneQueryWhileKnownOnesWithoutDataAnswerEmptyLists() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 2))
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 1)])])
            try await fixture.apply(Events.period("quiet", topics: 1))
            let app = try await application(fixture)
            try await app.test(.router) { client in
                for uri in ["/api/periods/nope/metrics", "/api/topics/nope/trend", "/api/topics/nope/trend?hours=2"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .notFound, "\(uri)")
                        #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                        let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body.readableBytesView))
                        #expect(problem.detail.contains("nope") && problem.detail.contains("unknown"), "\(uri)")
                    }
                }
                // Known, but nothing measured yet: an empty list, not 404.
                try await client.execute(uri: "/api/periods/quiet/metrics", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder.iso.decode(PeriodMetricsView.self, from: Data(response.body.readableBytesView))
                    #expect(body.periodId == "quiet" && body.topics.isEmpty)
                }
                try await client.execute(uri: "/api/topics/p-t1/trend", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder.iso.decode(TrendView.self, from: Data(response.body.readableBytesView))
                    #expect(body.topicId == "p-t1" && body.trend.isEmpty)
                }
                try await client.execute(uri: "/api/periods/p/metrics", method: .get) { response in
                    let body = try JSONDecoder.iso.decode(PeriodMetricsView.self, from: Data(response.body.readableBytesView))
                    #expect(body.topics.map(\.topicId) == ["p-t0"])
                }
            }
            // Existence and data come from the same statement: one round trip, known or not.
            let window = try TrendWindow(hours: 24, now: Timestamp(ServiceFixture.fixedNow))
            let trips = try await fixture.query { store, connection -> [Int] in
                var trips: [Int] = []
                for read in [
                    { _ = try store.periodMetrics("nope", on: connection) }, { _ = try store.periodMetrics("p", on: connection) },
                    { _ = try store.history(of: "nope", in: window, on: connection) },
                    { _ = try store.history(of: "p-t0", in: window, on: connection) },
                ] as [() throws -> Void] {
                    let before = connection.roundTrips
                    try read()
                    trips.append(connection.roundTrips - before)
                }
                return trips
            }
            #expect(trips == [1, 1, 1, 1])
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func theAdminEndpointNeedsAnAdminTokenAndPublishesThroughTheOutbox() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 2))
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 1), (1, 2)]), Events.rank("s2", in: "p", [(0, 1)])])
            let app = try await application(fixture)
            let admin = try await token(admin: true)
            let user = try await token(admin: false)
            try await app.test(.router) { client in
                let uri = "/api/admin/periods/p/assignment?mode=rank-maximal"
                try await client.execute(uri: uri, method: .post) { #expect($0.status == .unauthorized) }
                try await client.execute(uri: uri, method: .post, headers: [.authorization: "Bearer \(user)"]) {
                    #expect($0.status == .forbidden)
                }
                try await client.execute(uri: uri, method: .post, headers: [.authorization: "Bearer \(admin)"]) { response in
                    #expect(response.status == .ok)
                    let body = try JSONDecoder.iso.decode(AssignmentView.self, from: Data(response.body.readableBytesView))
                    #expect(body.mode == "rank-maximal")
                    #expect(body.totalCost == 3)  // s2→t0 (1), s1→t1 (2)
                }
                try await client.execute(uri: "/api/admin/periods/nope/assignment", method: .post, headers: [.authorization: "Bearer \(admin)"]) {
                    #expect($0.status == .notFound)
                }
                try await client.execute(uri: "/api/periods/p/assignment", method: .get) { response in
                    let body = try JSONDecoder.iso.decode(AssignmentView.self, from: Data(response.body.readableBytesView))
                    #expect(body.rankProfile == [1, 1])
                }
            }
            let schema = fixture.schema
            let published = try await fixture.pool.withConnection { connection in
                try connection.query("SELECT count(*) FROM \(schema).outbox WHERE event_type = $1", [AssignmentComputed.eventType])[0]
                    .decode(0, as: Int.self)
            }
            #expect(published == 1)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}

extension JSONDecoder {
    /// Hummingbird encodes dates as ISO 8601.
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
