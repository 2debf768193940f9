import ArgumentParser
import ServiceKit

/// Applies ServiceKit's tables and the service's migrations, then exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply the schema migrations and exit.")

    func run() async throws {
        let settings = try RankingMetricsSettings()
        LogfmtLogHandler.bootstrap(level: settings.service.logLevel)
        try await settings.descriptor.migrate(databaseURL: settings.service.databaseURL, applicationName: "ranking-metrics")
    }
}
