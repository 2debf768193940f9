import ArgumentParser
import Auth
import Foundation
import Logging
import ServiceKit

/// Runs the consumer, the outbox relay, the metrics recalculation, the live-update feed and the
/// HTTP API until SIGTERM/SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the service (default).", discussion: RankingMetricsService.configurationHelp)

    func run() async throws {
        let settings = try RankingMetricsSettings()
        LogfmtLogHandler.bootstrap(level: settings.service.logLevel)
        let store = settings.store
        let mode = settings.assignmentMode
        let tokens = try await BearerTokens(environment: settings.environment)
        let logger = Logger(label: "ranking-metrics")
        let feed = MetricsFeed(channel: store.metricsChannel, databaseURL: settings.service.databaseURL, logger: logger)
        let recalculator = MetricsRecalculator(
            store: store, intervalMilliseconds: settings.recalculationIntervalMilliseconds)
        try await ServiceRunner(
            descriptor: settings.descriptor,
            makeHandler: { _ in RankingEventsHandler(store: store, assignmentMode: mode) },
            routes: { router, context in
                RankingRoutes(
                    store: store, pool: context.pool, tokens: tokens, feed: feed, defaultMode: mode, clock: { Date() }
                ).register(on: router)
            },
            jobs: { context in
                [
                    MetricsRecalculationJob(
                        recalculator: recalculator, pool: context.pool, tick: .milliseconds(100), logger: context.logger),
                    feed,
                ]
            }
        ).run(settings: settings.service)
    }
}
