import Auth
import Foundation
import Postgres
import PricingDomain
import ServiceKit

/// Who the pricing service is and the configuration of its own (beyond ``ServiceSettings``).
enum PricingService {
    static let prefix = "PRICING_"

    /// Pricing's own variables, listed in `--help` after the shared ones.
    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "pricing", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "pricing", help: "queue the service consumes")
        static let jobIntervalSeconds = ConfigKey(
            "JOB_INTERVAL_SECONDS", default: 60, help: "how often the freeze-timeout, dead-brick and daily-close jobs look")

        static let all =
            [schema.documentation, queue.documentation] + BearerTokenKeys.documentation + [jobIntervalSeconds.documentation]
    }

    /// The migrations shipped in the executable's bundle.
    static func migrations() throws -> [Migration] {
        try Migrator.load(bundle: .module, service: "pricing")
    }

    static func descriptor(environment: ServiceEnvironment) throws -> ServiceDescriptor {
        ServiceDescriptor(
            name: "pricing", schema: try SchemaName(try environment(Keys.schema)), queue: try environment(Keys.queue),
            environmentPrefix: prefix, defaultHTTPPort: 8082, migrations: try migrations())
    }

    /// The shared variables and pricing's own, for `--help`.
    static var configurationHelp: String {
        let shared = ServiceSettings.documentation(service: "pricing", queue: "pricing", httpPort: 8082)
        return (shared + Keys.all).helpText(prefix: prefix)
    }

    /// The engine's configuration: the seed's locked v1.0 values.
    static let config = PricingConfig.standard
}
