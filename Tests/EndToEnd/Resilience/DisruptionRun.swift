import AMQP
import EventContracts
import Foundation
import Testing
import TestSupport

/// The steps of the disruption run: list the crowd and the market, publish the load in paced
/// chunks while the monkey kills replicas (and restart each server once on the way), let the
/// system settle, then audit.
struct DisruptionRun {
    let system: SystemUnderTest
    let monkey: ChaosMonkey
    let crowd: ChaosCrowd
    let market: WaveMarket
    let malformed: [HostileMessage]
    let waves = ResilienceScale.waves
    let budgetCents: Int64 = 5_000
    /// Seconds between two SIGKILLs.
    let killEvery: Duration = .seconds(3)

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        try await crowd.list(in: system)
        try await market.publishCatalog(to: system)
        #expect(try await system.eventually(timeout: .seconds(180)) {
            let indexed = try await system.integer("SELECT count(*) FROM {schema}.candidate_index", in: .wavePlanning)
            let verified = try await system.integer("SELECT count(*) FROM {schema}.products", in: .purchaseExecution)
            return indexed == market.count && verified == market.count
        })

        let kills = Task { [monkey, killEvery] in
            while !Task.isCancelled {
                try? await Task.sleep(for: killEvery)
                guard !Task.isCancelled else { break }
                try await monkey.killOne()
                try monkey.superviseOnce()
            }
        }
        do {
            try await publishLoad()
        } catch {
            kills.cancel()
            throw error
        }
        kills.cancel()
        if case .failure(let error) = await kills.result { Issue.record("the monkey failed to restart a replica: \(error)") }
        let loaded = clock.now

        #expect(try await monkey.waitUntilAllReady(timeout: .seconds(180)), "a replica never came back")
        let audit = DisruptionAudit(system: system, intents: crowd.intents.count, bricks: crowd.bricks.count, waves: waves, market: market)
        let patience = Duration.seconds(ResilienceScale.isFull ? 1_800 : 300)
        let settled = try await system.eventually(timeout: patience) {
            try monkey.superviseOnce()
            return try await audit.settled()
        }
        #expect(settled, "the system did not settle within \(patience)")
        for (what, found, wanted) in try await audit.checks() { #expect(found == wanted, "\(what): \(found), wanted \(wanted)") }

        let replay = try await system.command(.pricing, ["replay"])
        #expect(replay.status == 0 && replay.output.contains(": 0 differing"), "pricing replay: \(replay.output.suffix(600))")
        try await auditDeadLetters()
        let outcomes = try await system.integerAcrossSchemas("SELECT count(*) FROM {voting}.vote_outcomes WHERE outcome = 'RECORDED'")
        print("""
            disruption: \(crowd.intents.count) intents (\(outcomes) recorded) on \(crowd.bricks.count) bricks, \(waves) waves, \
            \(malformed.count) malformed; \(monkey.tally); load \(loaded - started), settled \(clock.now - loaded)
            """)
    }

    /// Votes in paced chunks, wave requests and malformed messages spread among them, the broker
    /// restarted a quarter of the way through and PostgreSQL at 60 %.
    private func publishLoad() async throws {
        let chunk = max(250, crowd.intents.count / 100)
        let chunks = stride(from: 0, to: crowd.intents.count, by: chunk).map { Array(crowd.intents[$0..<min($0 + chunk, crowd.intents.count)]) }
        let broker = chunks.count / 4
        let postgres = chunks.count * 3 / 5
        for (n, votes) in chunks.enumerated() {
            if n == broker { try await monkey.restart(.broker) }
            if n == postgres { try await monkey.restart(.postgres) }
            var messages = try system.outgoing(votes)
            let waveRange = (n * waves / chunks.count)..<((n + 1) * waves / chunks.count)
            messages += try system.outgoing(waveRange.map { market.request("chaos-\($0)", budgetCents: budgetCents) })
            let malformedRange = (n * malformed.count / chunks.count)..<((n + 1) * malformed.count / chunks.count)
            messages += malformedRange.map { malformed[$0].outgoing(exchange: system.exchange, number: $0) }
            try await system.publishPersistently(messages)
            try await Task.sleep(for: .seconds(2))
        }
    }

    /// Every service's dead-letter queue holds exactly the malformed messages routed to it.
    private func auditDeadLetters() async throws {
        for service in system.services {
            let bound = Set(service.consumedTypes)
            let routed = Set(malformed.indices.filter { bound.contains(malformed[$0].routingKey) })
            let queue = try system.deadLetterQueue(service)
            let inQueue = try await system.messageCount(queue)
            let letters = try await system.drain(queue, count: inQueue)
            let audit = DeadLetterAudit(expected: malformed, routedTo: routed, letters: letters, crashes: true)
            #expect(audit.problems.prefix(20) == [], "\(service.rawValue): \(audit.problems.count) problems in \(queue)")
            #expect(try await system.messageCount(try system.queue(service)) == 0, "\(service.rawValue) left messages unhandled")
        }
    }
}
