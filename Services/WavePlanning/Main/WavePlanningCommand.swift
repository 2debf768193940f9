import ArgumentParser
import Auth
import Foundation
import Logging
import Postgres
import ServiceKit

/// `wave-planning`: plans budgeted purchase waves (seed 000, decisions D000-01..45).
@main
struct WavePlanningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wave-planning",
        abstract: "Purchase waves: candidate index, scoring, allocation in cents, anti-exploit rules, reallocation passes.",
        discussion: WavePlanningService.configurationHelp,
        subcommands: [Serve.self, Migrate.self, BuildIndex.self, Plan.self],
        defaultSubcommand: Serve.self)
}

/// Reads the environment once for every subcommand.
typealias WavePlanningEnvironment = ServiceStartup

extension ServiceStartup {
    init() throws {
        try self.init(prefix: WavePlanningService.prefix, descriptor: WavePlanningService.descriptor)
    }
}

extension WavePlanningCommand {
    /// Runs the service: migrations, consumer, outbox relay, HTTP API and the index job.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the service (the default).", discussion: WavePlanningService.configurationHelp)

        func run() async throws {
            let env = try WavePlanningEnvironment()
            let store = WaveStore(schema: env.descriptor.schema)
            let tokens = try await BearerTokens(environment: env.environment)
            let interval = try env.environment(WavePlanningService.Keys.indexIntervalSeconds)
            let stalled = try env.environment(WavePlanningService.Keys.stalledWaveSeconds)
            try await ServiceRunner(
                descriptor: env.descriptor,
                makeHandler: { _ in WavePlanningHandler(store: store) },
                routes: { router, context in
                    WaveRoutes(store: store, pool: context.pool, tokens: tokens, logger: context.logger).register(on: router)
                    AdminRoutes(store: store, pool: context.pool, tokens: tokens).register(on: router)
                },
                jobs: { context in
                    [
                        CandidateIndexJob(
                            store: store, pool: context.pool, interval: .seconds(max(1, interval)), stalledWaveSeconds: stalled,
                            logger: context.logger)
                    ]
                }
            ).run(settings: env.settings)
        }
    }

    /// Applies the migrations and exits.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply the database migrations and exit.")

        func run() async throws {
            let env = try WavePlanningEnvironment()
            try await env.descriptor.migrate(databaseURL: env.settings.databaseURL)
        }
    }

    /// Rebuilds the candidate index once (what the background job does) and prints its size.
    struct BuildIndex: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build-index", abstract: "Rebuild the candidate index and price summaries now, unless a wave is executing.")

        func run() async throws {
            let env = try WavePlanningEnvironment()
            let stalled = try env.environment(WavePlanningService.Keys.stalledWaveSeconds)
            let rows = try await env.withPool(applicationName: "wave-planning-index") { pool, logger in
                try await CandidateIndexJob(
                    store: WaveStore(schema: env.descriptor.schema), pool: pool, interval: .seconds(1), stalledWaveSeconds: stalled,
                    logger: logger
                ).runOnce(now: Date())
            }
            guard let rows else {
                print("skipped: a wave is executing or another build holds the lock")
                throw ExitCode(2)
            }
            print("candidate index: \(rows) rows")
        }
    }
}
