import Auth
import Foundation
import Postgres
import RankingMetricsDomain
import ServiceKit

/// Who the service is and what it reads from the environment beyond ServiceKit's settings.
enum RankingMetricsService {
    static let environmentPrefix = "RANKING_METRICS_"

    /// `ranking-metrics` owning schema `ranking_metrics`, queue `ranking-metrics`, port 8086.
    /// `schema` and `queue` can be overridden (tests run the service in a schema of their own).
    static func descriptor(schema: String = "ranking_metrics", queue: String = "ranking-metrics") throws -> ServiceDescriptor {
        ServiceDescriptor(
            name: "ranking-metrics", schema: try SchemaName(schema), queue: queue,
            environmentPrefix: environmentPrefix, defaultHTTPPort: 8086, migrations: try migrations())
    }

    /// The SQL files bundled with the executable.
    static func migrations() throws -> [Migration] {
        try Migrator.load(bundle: .module, service: "ranking-metrics")
    }

    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "ranking_metrics", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "ranking-metrics", help: "queue the service consumes")
        static let assignmentMode = ConfigKey<AssignmentMode>(
            "ASSIGNMENT_MODE", default: .minimumCost,
            help: "assignment computed when a period closes: min-cost or rank-maximal",
            parse: { AssignmentMode(rawValue: $0) }, render: { $0.rawValue })
        static let recalculationIntervalMilliseconds = ConfigKey(
            "RECALCULATION_INTERVAL_MS", default: 500,
            help: "at most one metrics recalculation per period per this many milliseconds (D001-12)")

        static var all: [ConfigKeyDocumentation] {
            [schema.documentation, queue.documentation, assignmentMode.documentation] + BearerTokenKeys.documentation
                + [recalculationIntervalMilliseconds.documentation]
        }
    }

    /// `--help` text: ServiceKit's variables and this service's own.
    static var configurationHelp: String {
        let shared = ServiceSettings.documentation(service: "ranking-metrics", queue: "ranking-metrics", httpPort: 8086)
        return (shared + Keys.all).helpText(prefix: environmentPrefix)
    }
}
