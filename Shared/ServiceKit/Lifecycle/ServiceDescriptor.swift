import Postgres

/// Who a service is: the names that tie its executable, schema, queue and variables together.
public struct ServiceDescriptor: Sendable {
    /// Executable and log label, e.g. `wave-planning`.
    public let name: String
    /// Its PostgreSQL schema and role, e.g. `wave_planning`.
    public let schema: SchemaName
    /// Its queue and broker user, e.g. `wave-planning` (dead letters go to `wave-planning.dlq`).
    public let queue: String
    /// Its environment variable prefix, e.g. `WAVE_PLANNING_`.
    public let environmentPrefix: String
    public let defaultHTTPPort: Int
    /// The service's own migrations, numbered from 0001; ServiceKit's inbox and outbox come first.
    public let migrations: [Migration]

    public init(
        name: String, schema: SchemaName, queue: String, environmentPrefix: String, defaultHTTPPort: Int,
        migrations: [Migration]
    ) {
        self.name = name
        self.schema = schema
        self.queue = queue
        self.environmentPrefix = environmentPrefix
        self.defaultHTTPPort = defaultHTTPPort
        self.migrations = migrations
    }

    /// Every variable the service reads, for `--help`.
    public var configurationHelp: String {
        ServiceSettings.documentation(service: schema.description, queue: queue, httpPort: defaultHTTPPort)
            .helpText(prefix: environmentPrefix)
    }

    public func settings(environment: [String: String]) throws(ConfigurationError) -> ServiceSettings {
        try ServiceSettings(
            environment: ServiceEnvironment(prefix: environmentPrefix, values: environment),
            service: schema.description, queue: queue, httpPort: defaultHTTPPort)
    }
}
