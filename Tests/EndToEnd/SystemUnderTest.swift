import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import Synchronization
import TestSupport

/// The whole system as the end-to-end stories drive it: events in through one outside publisher,
/// emitted events out through a sink, HTTP answers and stored state.
///
/// Locally (the default) it starts the built executables as child processes on the local servers,
/// with one exchange for the run and a schema and queue per service, all unique, and removes them
/// afterwards. With `MARKET_E2E_TARGET=external` it drives a running deployment instead:
/// `MARKET_AMQP_URL`, `MARKET_DATABASE_URL`, exchange `market.events`, the default schema names,
/// and `MARKET_E2E_<SERVICE>_URL` base URLs (e.g. `MARKET_E2E_PRICING_URL=http://127.0.0.1:18091`).
///
/// ```swift
/// try await SystemUnderTest.run { system in
///     try await system.publish([listing])
///     let moved = try await system.awaitEvents(BrickPriceMoved.self, subject: "brick/\(id)") { !$0.isEmpty }
/// }
/// ```
final class SystemUnderTest: Sendable {
    let isExternal: Bool
    let exchange: String
    let logger: Logger
    let pool: PostgresPool
    let sink: EventSink
    let services: [MarketService]
    private let publisher: AMQPPublisher
    /// What this run created and may remove; nil against an external deployment, where nothing is ours.
    private let created: RunResources?
    private let children = Mutex<[ServiceChild]>([])
    private let externalURLs: [MarketService: String]

    /// Whether the environment points the suite at an external deployment.
    static var targetsExternalDeployment: Bool { ProcessInfo.processInfo.environment["MARKET_E2E_TARGET"] == "external" }

    /// Runs `body` against a fresh system (or the external deployment) and always tears it down.
    /// `replicas` asks for more than one process of a service (locally).
    static func run(
        services: [MarketService] = MarketService.allCases, replicas: [MarketService: Int] = [:],
        _ body: (SystemUnderTest) async throws -> Void
    ) async throws {
        let system = try SystemUnderTest(services: services)
        do {
            try await system.start(replicas: replicas)
            try await body(system)
        } catch {
            await system.tearDown()
            throw error
        }
        await system.tearDown()
    }

    init(services: [MarketService]) throws {
        isExternal = Self.targetsExternalDeployment
        self.services = services
        let run = TestEnvironment.uniqueName("e2e")
        var logger = Logger(label: "end-to-end")
        logger.logLevel = .warning
        self.logger = logger
        var urls: [MarketService: String] = [:]
        if isExternal {
            for service in services {
                guard let url = ProcessInfo.processInfo.environment[service.externalURLVariable], !url.isEmpty else {
                    throw HarnessError.missingVariable(service.externalURLVariable)
                }
                urls[service] = url.hasSuffix("/") ? String(url.dropLast()) : url
            }
            created = nil
            exchange = "market.events"
        } else {
            let resources = RunResources(run: run, services: services)
            created = resources
            exchange = resources.exchange
        }
        externalURLs = urls
        let amqp = try Self.amqp("e2e-publisher")
        publisher = AMQPPublisher(
            configuration: amqp, topology: Topology(exchanges: [ExchangeSpec(name: exchange, kind: .topic)]), logger: logger)
        sink = EventSink(exchange: exchange, amqp: try Self.amqp("e2e-sink"), logger: logger)
        pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, applicationName: "e2e", logger: logger)
    }

    static func amqp(_ connectionName: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: connectionName)
    }

    /// The schema `service` uses in this run: the run's own locally, the deployment's default externally.
    /// A service the run did not start has none, so a story cannot reach into a shared schema by mistake.
    func schema(_ service: MarketService) throws -> String {
        try name(of: service, in: \.schemas, deployed: service.defaultSchema)
    }

    /// The queue `service` consumes in this run (see ``schema(_:)``).
    func queue(_ service: MarketService) throws -> String {
        try name(of: service, in: \.queues, deployed: service.defaultQueue)
    }

    private func name(
        of service: MarketService, in own: KeyPath<RunResources, [MarketService: String]>, deployed: String
    ) throws -> String {
        guard services.contains(service) else { throw HarnessError.notInRun(service.rawValue) }
        guard let created else { return deployed }
        guard let name = created[keyPath: own][service] else { throw HarnessError.notInRun(service.rawValue) }
        return name
    }

    /// The sink first (so nothing emitted is missed), then every replica, then readiness of all and
    /// the bindings of every queue.
    private func start(replicas: [MarketService: Int]) async throws {
        let publisher = publisher
        let exchange = exchange
        try await sink.start { probeKey in
            let probe = OutgoingMessage(exchange: exchange, routingKey: probeKey, body: [], contentType: "application/octet-stream")
            try await publisher.publish([probe])
        }
        guard !isExternal else {
            for service in services { try await waitUntilReady(externalURLs[service] ?? "", service: service) }
            return
        }
        let logs = FileManager.default.temporaryDirectory.appending(path: "market-e2e").appending(path: exchange)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        for service in services {
            for replica in 0..<max(1, replicas[service] ?? 1) {
                let port = try freePort()
                var settings = try ServiceExecutable.commonSettings(
                    schema: try schema(service), queue: try queue(service), exchange: exchange, httpPort: port)
                settings.merge(service.quickSettings) { _, quick in quick }
                settings["OUTBOX_POLL_MS"] = "100"
                // A few connections each: the parallel test pass shares one PostgreSQL with every other suite.
                settings["DB_POOL_SIZE"] = "4"
                settings["LOG_LEVEL"] = ProcessInfo.processInfo.environment["MARKET_E2E_LOG"] ?? "warning"
                let child = try ServiceChild.launch(
                    service, settings: settings, port: port, log: logs.appending(path: "\(service.rawValue)-\(replica).log"))
                children.withLock { $0.append(child) }
            }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for child in children.withLock({ $0 }) { group.addTask { try await child.waitUntilReady(timeout: .seconds(120)) } }
            // Ready means consuming, and a consumer starts only after its queue's bindings exist, so
            // nothing a story publishes next is dropped.
            try await group.waitForAll()
        }
    }

    private func waitUntilReady(_ base: String, service: MarketService) async throws {
        let url = base + "/health/ready"
        let ready = try await eventually(timeout: .seconds(60)) { try await HTTPReply.get(url).status == 200 }
        guard ready else { throw HarnessError.notReady(service: service.rawValue, url: url, log: "(external deployment)") }
    }

    /// The base URLs of a service's replicas (one for an external deployment, which balances itself).
    func baseURLs(_ service: MarketService) -> [String] {
        if let external = externalURLs[service] { return [external] }
        return children.withLock { $0 }.filter { $0.service == service }.map { "http://127.0.0.1:\($0.port)" }
    }

    /// The locally started replicas, e.g. to read their logs.
    var localChildren: [ServiceChild] { children.withLock { $0 } }

    /// SIGTERM to every local replica; their exit statuses (0 is a clean shutdown).
    func stopServices() async -> [Int32] {
        await withTaskGroup(of: Int32.self) { group in
            for child in children.withLock({ $0 }) { group.addTask { await child.stop(grace: .seconds(30)) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Stops everything and removes exactly what ``created`` lists (nothing for an external deployment):
    /// never a default schema, queue or exchange, which other runs and people share.
    private func tearDown() async {
        _ = await stopServices()
        for child in localChildren { child.removeLogIfEmpty() }
        await sink.stop()
        await publisher.shutdown()
        if let created {
            try? await AMQPAdministration.delete(
                queues: created.queuesToDelete, exchanges: created.exchangesToDelete, configuration: Self.amqp("e2e-cleanup"))
            if ProcessInfo.processInfo.environment["MARKET_E2E_KEEP"] == nil {
                for schema in created.schemasToDrop {
                    _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
                }
            }
        }
        await pool.shutdown()
    }

    /// Publishes `events` as an outside system would: persistent, confirmed, routed by type.
    func publish<P: EventPayload>(_ events: [CloudEvent<P>]) async throws {
        let messages = try events.map {
            OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try $0.jsonBytes()), messageId: $0.id)
        }
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }
}
