import ArgumentParser
import Foundation
import ServiceKit

extension VotingCommand {
    /// B.1 as a one-shot command: enriches every pending intent, prints the count, exits. Safe to
    /// run next to serving replicas (they share the work).
    struct Enrich: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enrich every pending vote intent once and exit.", discussion: VotingService.configurationHelp)

        func run() async throws {
            let env = try VotingEnvironment()
            let batch = try env.enrichmentBatch()
            let total = try await env.withPool(size: 1, name: "voting-enrich") { pool, logger in
                let job = EnricherJob(
                    batch: batch, pool: pool, databaseURL: env.settings.databaseURL, pollInterval: .seconds(1), logger: logger)
                var total = 0
                while true {
                    let count = try await job.runOnce()
                    total += count
                    if count < batch.batchSize { return total }
                }
            }
            print("enriched \(total) intents")
        }
    }
}
