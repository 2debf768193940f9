import Logging

/// The settings every service process shares, read from `<PREFIX>_…` environment variables.
///
/// Defaults point at the servers `scripts/infra.sh up` starts, so a service runs locally with no
/// configuration at all. Keys:
/// `DATABASE_URL`, `AMQP_URL`, `EXCHANGE`, `HTTP_HOST`, `HTTP_PORT`, `LOG_LEVEL`, `BATCH_SIZE`, `DB_POOL_SIZE`,
/// `DELIVERY_LIMIT`, `HANDLER_ATTEMPTS`, `OUTBOX_BATCH_SIZE`, `OUTBOX_ROUNDS`, `OUTBOX_POLL_MS`, `MAX_MESSAGE_BYTES`.
public struct ServiceSettings: Sendable {
    public var databaseURL: String
    public var amqpURL: String
    public var exchange: String
    public var httpHost: String
    public var httpPort: Int
    public var logLevel: Logger.Level
    public var batchSize: Int
    public var databasePoolSize: Int
    public var deliveryLimit: Int
    public var handlerAttempts: Int
    public var outboxBatchSize: Int
    public var outboxRounds: Int
    public var outboxPollMilliseconds: Int
    public var maxMessageBytes: Int

    public enum Keys {
        /// `service` is the snake_case schema name; local role and password are the same name.
        public static func databaseURL(service: String) -> ConfigKey<String> {
            ConfigKey(
                "DATABASE_URL", default: "postgres://\(service):\(service)@127.0.0.1:55432/market",
                help: "PostgreSQL URL of the service's own role")
        }
        public static func amqpURL(queue: String) -> ConfigKey<String> {
            ConfigKey(
                "AMQP_URL", default: "amqp://\(queue):\(queue)@127.0.0.1:55672/market",
                help: "RabbitMQ URL of the service's own broker user")
        }
        public static let exchange = ConfigKey(
            "EXCHANGE", default: "market.events", help: "topic exchange events are consumed from and published to")
        public static let httpHost = ConfigKey("HTTP_HOST", default: "127.0.0.1", help: "address the HTTP API binds")
        public static func httpPort(_ port: Int) -> ConfigKey<Int> {
            ConfigKey("HTTP_PORT", default: port, help: "port of the HTTP API, health checks and /metrics")
        }
        public static let logLevel = ConfigKey<Logger.Level>(
            "LOG_LEVEL", default: .info, help: "trace, debug, info, notice, warning, error or critical",
            parse: { Logger.Level(rawValue: $0.lowercased()) }, render: { $0.rawValue })
        public static let batchSize = ConfigKey("BATCH_SIZE", default: 500, help: "events per consumer batch (prefetch is twice this)")
        public static let poolSize = ConfigKey("DB_POOL_SIZE", default: 8, help: "database connections")
        public static let deliveryLimit = ConfigKey(
            "DELIVERY_LIMIT", default: 5, help: "broker redeliveries before a message is dead-lettered")
        public static let handlerAttempts = ConfigKey(
            "HANDLER_ATTEMPTS", default: 3, help: "tries of a failing event before it is dead-lettered")
        public static let outboxBatchSize = ConfigKey(
            "OUTBOX_BATCH_SIZE", default: 500, help: "outbox rows the relay publishes per round")
        public static let outboxRounds = ConfigKey(
            "OUTBOX_ROUNDS", default: 2, help: "relay rounds in flight at once (each holds a database connection)")
        public static let outboxPollMilliseconds = ConfigKey(
            "OUTBOX_POLL_MS", default: 1000, help: "outbox poll interval when no NOTIFY arrives")
        public static let maxMessageBytes = ConfigKey(
            "MAX_MESSAGE_BYTES", default: 262_144, help: "largest accepted event, in bytes")
    }

    /// Every key, for `--help`.
    public static func documentation(service: String, queue: String, httpPort: Int) -> [ConfigKeyDocumentation] {
        [
            Keys.databaseURL(service: service).documentation, Keys.amqpURL(queue: queue).documentation, Keys.exchange.documentation,
            Keys.httpHost.documentation, Keys.httpPort(httpPort).documentation, Keys.logLevel.documentation,
            Keys.batchSize.documentation, Keys.poolSize.documentation, Keys.deliveryLimit.documentation,
            Keys.handlerAttempts.documentation, Keys.outboxBatchSize.documentation, Keys.outboxRounds.documentation,
            Keys.outboxPollMilliseconds.documentation, Keys.maxMessageBytes.documentation,
        ]
    }

    /// Twice the batch: the broker fills the next batch while the current one is in its transaction,
    /// instead of waiting for its ack.
    public var prefetch: Int { batchSize * 2 }

    public init(
        environment env: ServiceEnvironment, service: String, queue: String, httpPort: Int
    ) throws(ConfigurationError) {
        databaseURL = try env(Keys.databaseURL(service: service))
        amqpURL = try env(Keys.amqpURL(queue: queue))
        exchange = try env(Keys.exchange)
        httpHost = try env(Keys.httpHost)
        self.httpPort = try env(Keys.httpPort(httpPort))
        logLevel = try env(Keys.logLevel)
        batchSize = try env(Keys.batchSize)
        databasePoolSize = try env(Keys.poolSize)
        deliveryLimit = try env(Keys.deliveryLimit)
        handlerAttempts = try env(Keys.handlerAttempts)
        outboxBatchSize = try env(Keys.outboxBatchSize)
        outboxRounds = try env(Keys.outboxRounds)
        outboxPollMilliseconds = try env(Keys.outboxPollMilliseconds)
        maxMessageBytes = try env(Keys.maxMessageBytes)
    }
}
