import AMQP
import EventContracts
import Foundation
import Postgres
import PricingDomain
import ServiceKit
import TestSupport
import Testing

@testable import pricing

@Suite("pricing as running processes", .serialized)
struct ServiceProcessTests {
    @Test("two replicas consuming shuffled, redelivered votes end in the in-order state; replay agrees; bad votes are dead-lettered")
    func twoReplicas() async throws {
        let harness = try PricingProcesses()
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: harness.logger)
        do {
            try await run(harness, pool: pool)
        } catch {
            await harness.tearDown(pool: pool)
            await pool.shutdown()
            throw error
        }
        await harness.tearDown(pool: pool)
        await pool.shutdown()
    }

    private func run(_ harness: PricingProcesses, pool: PostgresPool) async throws {
        var random = SplitMix(seed: 99)
        let listings = (0..<5).map { _ in VoteFactory.listing(UUID(), priceCents: Int64.random(in: 1_000...50_000, using: &random)) }
        var pures = try listings.map(PureLedger.init)
        var clock = VoteFactory.t0
        for step in 0..<500 {
            clock = clock.addingTimeInterval(Double(Int.random(in: 1...300, using: &random)))
            let index = Int.random(in: 0..<pures.count, using: &random)
            let mood: [EventContracts.VoteType] = step % 100 < 50 ? [.over, .over, .fair] : [.under, .under, .fair]
            try pures[index].vote(mood.randomElement(using: &random) ?? .fair, at: clock, ip: "ip-\(step % 7)")
        }
        var messages = try listings.map(harness.message) + pures.flatMap { try $0.events.map(harness.message) }
        messages += messages.shuffled(using: &random).prefix(100).map { $0 }
        messages.shuffle(using: &random)
        let poison = try VoteFactory.vote(.over, on: pures[0].state, seq: 10_000, at: clock, weight: 7)
        messages.append(try harness.message(poison))

        try harness.start()
        try harness.start()
        try await harness.publish(messages)

        let store = PricingStore(schema: try SchemaName(harness.schema))
        let expected = Dictionary(uniqueKeysWithValues: pures.map { ($0.state.brickId, $0.state) })
        let settled = try await harness.eventually(timeout: .seconds(90)) {
            let states = try await pool.withConnection { connection in
                try store.decodeStates(try connection.query(store.statesPage(after: nil, limit: 100)))
            }
            return states.count == expected.count && states.allSatisfy { $0.appliedBrickSeq == expected[$0.brickId]?.appliedBrickSeq }
        }
        #expect(settled)
        let states = try await pool.withConnection { connection in
            try store.decodeStates(try connection.query(store.statesPage(after: nil, limit: 100)))
        }
        for state in states {
            let reference = try #require(expected[state.brickId])
            #expect(state.differences(comparedTo: reference).isEmpty, "brick \(state.brickId)")
        }
        let report = try await StateReplay(store: store, config: .standard).run(brickId: nil, pool: pool)
        #expect(report.mismatches.isEmpty)
        #expect(report.entriesReplayed == 500)
        let deadLettered = try await harness.eventually(timeout: .seconds(20)) {
            try await AMQPAdministration.messageCount(
                queue: "\(harness.queue).dlq", configuration: PricingProcesses.amqp("pricing-e2e-dlq")) == 1
        }
        #expect(deadLettered)
        let schema = harness.schema
        let flushed = try await harness.eventually(timeout: .seconds(20)) {
            try await pool.withConnection { connection in
                try connection.query("SELECT count(*) FROM \(schema).outbox")[0].decode(0, as: Int.self)
            } == 0
        }
        #expect(flushed)
        #expect(harness.terminate() == [0, 0])
    }
}
