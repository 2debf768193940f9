import AMQP
import Auth
import EventContracts
import Foundation
import Postgres
import TestSupport
import Testing

@testable import voting

@Suite("voting as running processes", .serialized)
struct ServiceProcessTests {
    /// The service's default development secret (the child processes run with defaults).
    static let devSecret = "market-development-jwt-secret-0123456789"

    @Test("HTTP intent → vote.recorded on the broker; duplicate deliveries and intent ids give one outcome; bad events change nothing")
    func intakeToBroker() async throws {
        let (alice, bob, brick) = (UUID(), UUID(), UUID())
        try await VotingProcesses.with { harness in
            let port = try harness.start()
            #expect(try await harness.ready(port: port))
            try await harness.publish([Events.user(alice), Events.user(bob)])
            try await harness.publish([Events.listing(brick)])
            #expect(try await eventually(timeout: .seconds(30)) {
                let users = try await harness.count("SELECT count(*) FROM {schema}.users")
                let bricks = try await harness.count("SELECT count(*) FROM {schema}.bricks")
                return users == 2 && bricks == 1
            })

            let token = try await BearerTokens(secret: Self.devSecret).sign(
                BearerClaims(subject: alice.lowercaseText, expires: Date().addingTimeInterval(600), emailVerified: true))
            let (status, text) = try await harness.postIntent(port: port, body: #"{"brickId":"\#(brick.lowercaseText)","voteType":"OVER"}"#, token: token)
            #expect(status == 202)
            let httpIntent = try JSONDecoder().decode(IntentAccepted.self, from: Data(text.utf8)).intentId

            let intentId = UUID()
            let submitted = Events.intent(intentId, user: bob, brick: brick, type: .under, at: Date())
            let resent = Events.intent(intentId, user: bob, brick: brick, type: .under, at: Date())
            try await harness.publish([submitted, submitted, resent])
            let wrongCycle = Events.state(brick, priceCents: 1, applied: 50, cycleId: UUID())
            try await harness.publish([wrongCycle])

            let sunk = try await harness.sink(timeout: .seconds(60)) { envelopes in
                Set(envelopes.filter { $0.type == VoteRecorded.eventType }.compactMap { try? $0.decode(as: VoteRecorded.self).data.intentId })
                    == [httpIntent, intentId.lowercaseText]
            }
            let recorded = try sunk.filter { $0.type == VoteRecorded.eventType }.map { try $0.decode(as: VoteRecorded.self).data }
            #expect(Set(recorded.map(\.intentId)) == [httpIntent, intentId.lowercaseText])
            #expect(Set(recorded.map(\.brickSeq)) == [1, 2])
            #expect(try await harness.count("SELECT count(*) FROM {schema}.vote_intents") == 2)
            #expect(try await harness.count("SELECT count(*) FROM {schema}.vote_outcomes") == 2)
            #expect(try await eventually(timeout: .seconds(20)) {
                try await AMQPAdministration.messageCount(
                    queue: "\(harness.queue).dlq", configuration: VotingProcesses.amqp("voting-e2e-dlq")) == 1
            })
            #expect(try await harness.count("SELECT live_price_cents::int FROM {schema}.bricks") == 10_000)
            #expect(harness.terminate() == [0])
        }
    }

    @Test("two replicas enriching 10,000 intents on 10 bricks: per-brick brickSeq gap-free and unique, one outcome each")
    func twoReplicas() async throws {
        let users = (0..<1_000).map { _ in UUID() }
        let bricks = (0..<10).map { _ in UUID() }
        try await VotingProcesses.with { harness in
            let ports = [try harness.start(), try harness.start()]
            for port in ports { #expect(try await harness.ready(port: port)) }
            try await harness.publish(users.map { Events.user($0) })
            try await harness.publish(bricks.map { Events.listing($0) })
            #expect(try await eventually(timeout: .seconds(60)) {
                let knownUsers = try await harness.count("SELECT count(*) FROM {schema}.users")
                let knownBricks = try await harness.count("SELECT count(*) FROM {schema}.bricks")
                return knownUsers == users.count && knownBricks == bricks.count
            })
            let now = Date()
            let intents = users.enumerated().flatMap { n, user in
                bricks.map { Events.intent(user: user, brick: $0, type: n % 2 == 0 ? .over : .under, at: now, ip: "ip-\(n)") }
            }
            try await harness.publish(intents.shuffled())
            #expect(try await eventually(timeout: .seconds(240)) {
                try await harness.count("SELECT count(*) FROM {schema}.vote_outcomes") == intents.count
            })
            #expect(try await harness.count("SELECT count(*) FROM {schema}.vote_outcomes WHERE outcome = 'RECORDED'") == intents.count)
            // Per brick: n votes numbered exactly 1…n.
            #expect(try await harness.count(
                """
                SELECT count(*) FROM (
                  SELECT brick_id FROM {schema}.vote_events GROUP BY brick_id
                  HAVING min(brick_seq) = 1 AND max(brick_seq) = count(*) AND count(DISTINCT brick_seq) = count(*)
                     AND count(*) = \(users.count)) AS ok
                """) == bricks.count)
            #expect(try await harness.count(
                "SELECT count(*) FROM {schema}.bricks WHERE last_brick_seq = \(users.count)") == bricks.count)
            #expect(try await harness.count("SELECT count(DISTINCT decided_by) FROM {schema}.vote_outcomes") == 2)
            #expect(try await eventually(timeout: .seconds(60)) {
                try await harness.count("SELECT count(*) FROM {schema}.outbox") == 0
            })
            #expect(harness.terminate() == [0, 0])
        }
    }
}
