import AMQP
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import Postgres
import ServiceLifecycle

/// Runs a service process: migrations, then the consumer, the outbox relay, the HTTP server and any
/// jobs, under one `ServiceGroup` that shuts down gracefully on SIGTERM/SIGINT.
///
/// Shutdown order is the reverse of start: the HTTP server stops taking requests, the consumer
/// finishes and acks the batch in hand, the jobs stop, then the relay publishes what was committed;
/// only then are the broker and database connections closed and the process exits 0. A service that
/// stops on an error closes the same connections and rethrows it, so the process exits non-zero.
public struct ServiceRunner<Handler: EventHandler>: Sendable {
    /// Adds the service's own routes; ``ServiceRequestContext`` carries the client's socket address.
    public typealias RouteBuilder = @Sendable (Router<ServiceRequestContext>, ServiceContext) -> Void
    /// Adds WebSocket endpoints (`router.ws(...)`) and returns the services that feed them, run with the others.
    public typealias WebSocketBuilder = @Sendable (Router<BasicWebSocketRequestContext>, ServiceContext) -> [any Service]

    public let descriptor: ServiceDescriptor
    public let makeHandler: @Sendable (ServiceContext) -> Handler
    public let routes: RouteBuilder
    public let jobs: @Sendable (ServiceContext) -> [any Service]
    public let webSockets: WebSocketBuilder?

    public init(
        descriptor: ServiceDescriptor, makeHandler: @escaping @Sendable (ServiceContext) -> Handler,
        routes: @escaping RouteBuilder = { _, _ in }, jobs: @escaping @Sendable (ServiceContext) -> [any Service] = { _ in [] },
        webSockets: WebSocketBuilder? = nil
    ) {
        self.descriptor = descriptor
        self.makeHandler = makeHandler
        self.routes = routes
        self.jobs = jobs
        self.webSockets = webSockets
    }

    public func run(settings: ServiceSettings) async throws {
        var logger = Logger(label: descriptor.name)
        logger.logLevel = settings.logLevel
        let registry = MetricsSetup.bootstrap()
        logger.info(
            "starting",
            metadata: ["database": "\(redactedURL(settings.databaseURL))", "amqp": "\(redactedURL(settings.amqpURL))"])

        let pool = PostgresPool(
            url: settings.databaseURL, size: settings.databasePoolSize, applicationName: descriptor.name, logger: logger)
        try await ServiceMigrations(descriptor: descriptor).apply(using: pool, logger: logger)

        let topology = Topology.service(
            descriptor.queue, consumes: Handler.consumedTypes, exchange: settings.exchange,
            deliveryLimit: settings.deliveryLimit)
        let amqpURL = try AMQPURL(settings.amqpURL)
        let publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "\(descriptor.name)-publisher"),
            topology: topology, logger: logger)
        let consumer = AMQPConsumer(
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "\(descriptor.name)-consumer"),
            queue: descriptor.queue, prefetch: settings.prefetch, topology: topology, logger: logger)
        let context = ServiceContext(
            descriptor: descriptor, settings: settings, pool: pool, publisher: publisher, logger: logger)
        let handler = makeHandler(context)

        let relay = OutboxRelay(
            configuration: .init(
                schema: descriptor.schema, exchange: settings.exchange, batchSize: settings.outboxBatchSize,
                concurrentRounds: settings.outboxRounds, pollInterval: .milliseconds(settings.outboxPollMilliseconds)),
            pool: pool, publisher: publisher, databaseURL: settings.databaseURL, logger: logger)
        let batchConsumer = BatchConsumer(
            configuration: .init(
                schema: descriptor.schema, batchSize: settings.batchSize, handlerAttempts: settings.handlerAttempts,
                maxMessageBytes: settings.maxMessageBytes),
            handler: handler, pool: pool, consumer: consumer, logger: logger)
        let router = ServiceRouter.make(
            checks: [
                HealthCheck("database") { (try? await pool.withConnection { try $0.query("SELECT 1").count }) == 1 },
                .brokerConsuming(queue: descriptor.queue, url: amqpURL, connectionName: "\(descriptor.name)-readiness"),
            ],
            registry: registry, routes: { routes($0, context) })
        var feeds: [any Service] = []
        var server = HTTPServerBuilder.http1()
        if let webSockets {
            let webSocketRouter = Router(context: BasicWebSocketRequestContext.self)
            feeds = webSockets(webSocketRouter, context)
            server = .http1WebSocketUpgrade(webSocketRouter: webSocketRouter)  // pings every 30 s by default
        }
        let http = Application(
            router: router, server: server,
            configuration: .init(address: .hostname(settings.httpHost, port: settings.httpPort), serverName: descriptor.name),
            logger: logger)

        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: relay)] + (jobs(context) + feeds).map { .init(service: $0) }
                    + [.init(service: batchConsumer), .init(service: http)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        var failure: (any Error)?
        do { try await group.run() } catch { failure = error }
        await publisher.shutdown()
        await pool.shutdown()
        if let error = failure {
            // Rethrown so the process exits non-zero: a supervisor restarts a service that stopped on
            // an error (its port taken, say), but not one that exited 0.
            logger.error("stopped on error", metadata: ["error": "\(error)"])
            throw error
        }
        logger.info("stopped")
    }
}
