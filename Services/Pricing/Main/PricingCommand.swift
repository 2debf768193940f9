import Auth
import ArgumentParser
import Foundation
import Logging
import Postgres
import ServiceKit

/// `pricing`: the Price Aggregator service (seed 003, decisions P-01…P-30).
@main
struct PricingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pricing",
        abstract: "Crowd pricing: applies recorded votes to brick prices, runs freezes, cycles and daily closes.",
        discussion: PricingService.configurationHelp,
        subcommands: [Serve.self, Migrate.self, Replay.self, Bench.self],
        defaultSubcommand: Serve.self)
}

/// Reads the environment once for every subcommand.
typealias PricingEnvironment = ServiceStartup

extension ServiceStartup {
    init(values: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(prefix: PricingService.prefix, values: values, descriptor: PricingService.descriptor)
    }
}

extension PricingCommand {
    /// Runs the service: migrations, consumer, outbox relay, HTTP API and jobs.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the service (the default).", discussion: PricingService.configurationHelp)

        func run() async throws {
            let env = try PricingEnvironment()
            let tokens = try await BearerTokens(environment: env.environment)
            let interval = try env.environment(PricingService.Keys.jobIntervalSeconds)
            try await PricingService.runner(descriptor: env.descriptor, tokens: tokens, jobInterval: .seconds(max(1, interval)))
                .run(settings: env.settings)
        }
    }

    /// Applies the migrations and exits.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply the database migrations and exit.")

        func run() async throws {
            let env = try PricingEnvironment()
            try await env.descriptor.migrate(databaseURL: env.settings.databaseURL)
        }
    }
}
