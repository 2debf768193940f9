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
struct PurchaseExecutionEnvironment {
    let environment: ServiceEnvironment
    let descriptor: ServiceDescriptor
    let settings: ServiceSettings

    init() throws {
        environment = ServiceEnvironment(prefix: PurchaseExecutionService.prefix)
        descriptor = try PurchaseExecutionService.descriptor(environment: environment)
        settings = try descriptor.settings(environment: ProcessInfo.processInfo.environment)
        LogfmtLogHandler.bootstrap(level: settings.logLevel)
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
            let tokens = try await BearerTokens(
                secret: try env.environment(PurchaseExecutionService.Keys.jwtSecret),
                variable: PurchaseExecutionService.prefix + "JWT_SECRET")
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
            let logger = Logger(label: "purchase-execution")
            let pool = PostgresPool(
                url: env.settings.databaseURL, size: 1, applicationName: "purchase-execution-migrate", logger: logger)
            do {
                try await env.descriptor.migrate(using: pool, logger: logger)
            } catch {
                await pool.shutdown()
                throw error
            }
            await pool.shutdown()
        }
    }
}
