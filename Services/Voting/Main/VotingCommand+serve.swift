import ArgumentParser
import Auth
import Foundation
import ServiceKit

extension VotingCommand {
    /// Runs the service: migrations, consumer, outbox relay, HTTP API and the enricher job.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the service (the default).", discussion: VotingService.configurationHelp)

        func run() async throws {
            let env = try VotingEnvironment()
            let store = env.store
            let config = env.config
            let batch = try env.enrichmentBatch()
            let tokens = try await BearerTokens(environment: env.environment)
            let intake = IntakeSettings(
                ipHashSalt: try env.environment(VotingService.Keys.ipHashSalt),
                maxBodyBytes: try env.environment(VotingService.Keys.maxBodyBytes),
                trustForwardedFor: try env.environment(VotingService.Keys.trustForwardedFor))
            let poll = Duration.milliseconds(max(10, try env.environment(VotingService.Keys.enrichPollMilliseconds)))
            let databaseURL = env.settings.databaseURL
            try await ServiceRunner(
                descriptor: env.descriptor,
                makeHandler: { _ in VotingHandler(store: store, config: config) },
                routes: { router, context in
                    VoteRoutes(store: store, pool: context.pool, config: config, tokens: tokens, intake: intake)
                        .register(on: router)
                },
                jobs: { context in
                    [EnricherJob(batch: batch, pool: context.pool, databaseURL: databaseURL, pollInterval: poll, logger: context.logger)]
                }
            ).run(settings: env.settings)
        }
    }
}
