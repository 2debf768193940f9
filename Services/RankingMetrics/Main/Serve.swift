import ArgumentParser
import Auth
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
        let tokens = try await BearerTokens(
            secret: settings.jwtSecret, variable: RankingMetricsService.environmentPrefix + "JWT_SECRET")
        try await ServiceRunner(
            descriptor: settings.descriptor,
            makeHandler: { _ in RankingEventsHandler(store: store, assignmentMode: mode) },
            routes: { router, context in
                RankingRoutes(
                    store: store, pool: context.pool, tokens: tokens, defaultMode: mode,
                    clock: { Date() }
                ).register(on: router)
            }
        ).run(settings: settings.service)
    }
}
