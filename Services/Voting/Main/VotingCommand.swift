import ArgumentParser
import Auth
import Foundation
import Logging
import Postgres
import ServiceKit
import VotingDomain

/// `voting`: vote intake, the Vote Enricher, credits, weights, XP and trust (seed 003, P-01…P-27).
@main
struct VotingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voting",
        abstract: "Crowd pricing votes: takes vote intents, enriches them into vote events, keeps credits, XP and trust.",
        discussion: VotingService.configurationHelp,
        subcommands: [Serve.self, Migrate.self, Enrich.self],
        defaultSubcommand: Serve.self)
}

/// Reads the environment once for every subcommand.
struct VotingEnvironment {
    let environment: ServiceEnvironment
    let descriptor: ServiceDescriptor
    let settings: ServiceSettings
    let config: VotingConfig

    init() throws {
        environment = ServiceEnvironment(prefix: VotingService.prefix)
        descriptor = try VotingService.descriptor(environment: environment)
        settings = try descriptor.settings(environment: ProcessInfo.processInfo.environment)
        config = try VotingService.config(environment: environment)
        LogfmtLogHandler.bootstrap(level: settings.logLevel)
    }

    var store: VotingStore { VotingStore(schema: descriptor.schema) }

    func enrichmentBatch() throws -> EnrichmentBatch {
        EnrichmentBatch(
            store: store, enricher: try VoteEnricher(config: config),
            batchSize: max(1, try environment(VotingService.Keys.enrichBatchSize)), replica: VotingService.replicaName)
    }

    /// Runs `body` with a pool of `size` connections and always shuts it down.
    func withPool<T>(size: Int, name: String, _ body: (PostgresPool, Logger) async throws -> T) async throws -> T {
        try await descriptor.withPool(databaseURL: settings.databaseURL, size: size, applicationName: name, body)
    }
}
