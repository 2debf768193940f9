import ArgumentParser
import Foundation
import ServiceKit

/// Applies the schema's migrations and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply the database migrations and exit.",
        discussion: WarehouseOrdersConfiguration.help)

    func run() async throws {
        let configuration = try WarehouseOrdersConfiguration(environment: ProcessInfo.processInfo.environment)
        LogfmtLogHandler.bootstrap(level: configuration.settings.logLevel)
        try await configuration.descriptor.migrate(databaseURL: configuration.settings.databaseURL)
    }
}
