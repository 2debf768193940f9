import AMQP
import EventContracts
import Foundation
import Testing
import TestSupport

/// Item 4: a vote run and a run of waves while a random service replica is SIGKILLed and started
/// again every few seconds, the broker restarts once and PostgreSQL once, and a few deliberately
/// malformed messages ride along. Afterwards every intent has exactly one outcome, pricing equals
/// `pricing replay`, stock and balances reconcile with the sales, and the dead-letter queues hold
/// exactly the malformed messages, each with its reason. Stops both servers: "Disruption" puts it
/// in the serial pass.
@Suite("Resilience disruption: crashes and server restarts during votes and waves", .timeLimit(.minutes(40)))
struct ResilienceDisruptionTests {
    static let services: [MarketService] = [.voting, .pricing, .wavePlanning, .purchaseExecution]

    @Test("SIGKILLed services, a broker restart and a PostgreSQL restart lose, double and corrupt nothing")
    func votesAndWavesSurviveCrashesAndRestarts() async throws {
        let crowd = ChaosCrowd(votes: ResilienceScale.votes, seed: ResilienceScale.seed("chaos", "crowd"))
        let market = WaveMarket()
        let malformed = try Self.malformed()
        try await SystemUnderTest.run(services: Self.services) { system in
            let monkey = ChaosMonkey(replicas: system.localChildren, seed: ResilienceScale.seed("chaos", "monkey"))
            do {
                try await DisruptionRun(system: system, monkey: monkey, crowd: crowd, market: market, malformed: malformed).run()
            } catch {
                _ = await monkey.stopAll()
                throw error
            }
            #expect(await monkey.stopAll().allSatisfy { $0 == 0 }, "a replica did not shut down cleanly after the run")
        }
    }

    /// Three malformed messages for each type the run's services bind.
    static func malformed() throws -> [HostileMessage] {
        try Set(services.flatMap(\.consumedTypes)).sorted().flatMap { type in
            var factory = try HostileMessageFactory(type: type, seed: ResilienceScale.seed("chaos", type))
            return factory.messages(count: 3)
        }
    }
}
