import ArgumentParser
import Foundation
import ServiceKit

/// Runs the consumer, the outbox relay and the HTTP API until SIGTERM/SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the service (default).", discussion: RankingMetricsService.configurationHelp)

    func run() async throws {
        let settings = try RankingMetricsSettings()
        LogfmtLogHandler.bootstrap(level: settings.service.logLevel)
        let store = settings.store
        let mode = settings.assignmentMode
        let authenticator = await AdminAuthenticator.hs256(secret: settings.jwtSecret)
        try await ServiceRunner(
            descriptor: settings.descriptor,
            makeHandler: { _ in RankingEventsHandler(store: store, assignmentMode: mode) },
            routes: { router, context in
                RankingRoutes(
                    store: store, pool: context.pool, authenticator: authenticator, defaultMode: mode,
                    clock: { Date() }
                ).register(on: router)
            }
        ).run(settings: settings.service)
    }
}
