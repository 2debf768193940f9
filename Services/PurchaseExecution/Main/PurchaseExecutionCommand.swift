import ArgumentParser
import Auth
import Foundation
import Logging
import Postgres
import ServiceKit

/// `purchase-execution`: verified, atomic execution of purchase-wave batches, the company ledger,
/// telemetry and wave rollback (seed 000 §§6-7, 10-11).
@main
struct PurchaseExecutionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purchase-execution",
        abstract: "Executes purchase batches atomically: verification, stock, sale records, company ledger, rollback.",
        discussion: PurchaseExecutionService.configurationHelp,
        subcommands: [Serve.self, Migrate.self],
        defaultSubcommand: Serve.self)
}

/// Reads the environment once for every subcommand.
typealias PurchaseExecutionEnvironment = ServiceStartup

extension ServiceStartup {
    init() throws {
        try self.init(prefix: PurchaseExecutionService.prefix, descriptor: PurchaseExecutionService.descriptor)
    }
}

extension PurchaseExecutionCommand {
    /// Runs the service: migrations, consumer, outbox relay and HTTP API, until SIGTERM/SIGINT.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the service (the default).", discussion: PurchaseExecutionService.configurationHelp)

        func run() async throws {
            let env = try PurchaseExecutionEnvironment()
            let store = PurchaseStore(schema: env.descriptor.schema)
            let tokens = try await BearerTokens(environment: env.environment)
            try await ServiceRunner(
                descriptor: env.descriptor,
                makeHandler: { _ in PurchaseExecutionHandler(store: store) },
                routes: { router, context in
                    WaveSalesRoutes(store: store, pool: context.pool, tokens: tokens).register(on: router)
                }
            ).run(settings: env.settings)
        }
    }

    /// Applies the migrations and exits.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the database migrations and exit.", discussion: PurchaseExecutionService.configurationHelp)

        func run() async throws {
            let env = try PurchaseExecutionEnvironment()
            try await env.descriptor.migrate(databaseURL: env.settings.databaseURL)
        }
    }
}
