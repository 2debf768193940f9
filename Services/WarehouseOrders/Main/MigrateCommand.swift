import ArgumentParser
import Foundation
import Logging
import Postgres
import ServiceKit

/// Applies the schema's migrations and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply the database migrations and exit.",
        discussion: WarehouseOrdersConfiguration.help)

    func run() async throws {
        let configuration = try WarehouseOrdersConfiguration(environment: ProcessInfo.processInfo.environment)
        LogfmtLogHandler.bootstrap(level: configuration.settings.logLevel)
        let logger = Logger(label: "warehouse-orders")
        let pool = PostgresPool(url: configuration.settings.databaseURL, size: 1, applicationName: "warehouse-orders-migrate", logger: logger)
        do {
            try await configuration.descriptor.migrate(using: pool, logger: logger)
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
    }
}
