import ArgumentParser
import Logging
import Postgres
import ServiceKit

/// Applies ServiceKit's tables and the service's migrations, then exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply the schema migrations and exit.")

    func run() async throws {
        let settings = try RankingMetricsSettings()
        LogfmtLogHandler.bootstrap(level: settings.service.logLevel)
        let logger = Logger(label: "ranking-metrics")
        let pool = PostgresPool(url: settings.service.databaseURL, size: 1, applicationName: "ranking-metrics", logger: logger)
        do {
            try await settings.descriptor.migrate(using: pool, logger: logger)
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
    }
}
