import ArgumentParser
import Foundation
import ServiceKit

/// Runs the service: migrations, consumer, outbox relay, HTTP API, until SIGTERM/SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the service (default).", discussion: WarehouseOrdersConfiguration.help)

    func run() async throws {
        let configuration = try WarehouseOrdersConfiguration(environment: ProcessInfo.processInfo.environment)
        LogfmtLogHandler.bootstrap(level: configuration.settings.logLevel)
        let store = WarehouseStore(schema: configuration.descriptor.schema)
        let dayTick = configuration.dayTick
        try await ServiceRunner(
            descriptor: configuration.descriptor,
            makeHandler: { _ in WarehouseOrdersHandler(store: store, config: dayTick) },
            routes: { router, context in WarehouseRoutes.add(to: router, store: store, pool: context.pool) }
        ).run(settings: configuration.settings)
    }
}
