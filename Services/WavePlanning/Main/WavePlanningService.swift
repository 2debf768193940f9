import Auth
import Foundation
import Postgres
import ServiceKit

/// Who the wave-planning service is and the configuration of its own (beyond ``ServiceSettings``).
enum WavePlanningService {
    static let name = "wave-planning"
    static let prefix = "WAVE_PLANNING_"
    static let defaultPort = 8083

    /// wave-planning's own variables, listed in `--help` after the shared ones.
    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "wave_planning", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "wave-planning", help: "queue the service consumes")
        static let indexIntervalSeconds = ConfigKey(
            "INDEX_INTERVAL_SECONDS", default: 300, help: "how often the candidate index and price summaries are rebuilt")
        static let stalledWaveSeconds = ConfigKey(
            "STALLED_WAVE_SECONDS", default: 3_600,
            help: "a wave executing longer than this stops holding back the index job (its partner never answered)")

        static let all =
            [schema.documentation, queue.documentation] + BearerTokenKeys.documentation
            + [indexIntervalSeconds.documentation, stalledWaveSeconds.documentation]
    }

    /// The migrations shipped in the executable's bundle.
    static func migrations() throws -> [Migration] {
        try Migrator.load(bundle: .module, service: name)
    }

    static func descriptor(environment: ServiceEnvironment) throws -> ServiceDescriptor {
        ServiceDescriptor(
            name: name, schema: try SchemaName(try environment(Keys.schema)), queue: try environment(Keys.queue),
            environmentPrefix: prefix, defaultHTTPPort: defaultPort, migrations: try migrations())
    }

    /// The shared variables and wave-planning's own, for `--help`.
    static var configurationHelp: String {
        let shared = ServiceSettings.documentation(service: "wave_planning", queue: "wave-planning", httpPort: defaultPort)
        return (shared + Keys.all).helpText(prefix: prefix)
    }
}
