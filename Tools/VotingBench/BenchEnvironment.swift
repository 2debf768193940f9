import AMQP
import Auth
import EventContracts
import Foundation
import Logging
import Postgres

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The servers, the `voting` child process and the bench's own schema, queue and exchange.
final class BenchEnvironment: Sendable {
    let databaseURL: String
    let amqpURL: String
    let amqp: AMQPURL
    let schema = "voting_bench_\(UUID().uuidString.prefix(8).lowercased())"
    let queue: String
    let exchange: String
    let port = Int.random(in: 40_000..<50_000)
    let logger = Logger(label: "voting-bench")
    let pool: PostgresPool
    let publisher: AMQPPublisher
    let service: Process
    /// Started only for the latency run: pricing consuming what voting emits on the same exchange.
    let pricing: Process
    let pricingSchema: String

    /// The service's default development secret: the child runs with defaults.
    static let jwtSecret = "market-development-jwt-secret-0123456789"

    init() throws {
        let env = ProcessInfo.processInfo.environment
        databaseURL = env["MARKET_DATABASE_URL"] ?? "postgres://market:market@127.0.0.1:55432/market"
        amqpURL = env["MARKET_AMQP_URL"] ?? "amqp://market:market@127.0.0.1:55672/market"
        amqp = try AMQPURL(amqpURL)
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        pool = PostgresPool(url: databaseURL, size: 2, applicationName: "voting-bench", logger: logger)
        let topology = Topology(exchanges: [ExchangeSpec(name: exchange, kind: .topic)], queues: [])
        publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: amqp, connectionName: "voting-bench"), topology: topology,
            logger: logger)
        pricingSchema = schema.replacingOccurrences(of: "voting_bench", with: "pricing_bench")
        let common = [
            "EXCHANGE": exchange, "DATABASE_URL": databaseURL, "AMQP_URL": amqpURL, "LOG_LEVEL": "warning",
            "OUTBOX_POLL_MS": "200",
        ]
        service = Self.child("voting", prefix: "VOTING_", settings: common.merging([
            "SCHEMA": schema, "QUEUE": queue, "HTTP_PORT": String(port),
            // Every request comes from this process; the header gives each user an address of its own,
            // as a proxy in front of the service would (otherwise one address's rate limit caps the run).
            "TRUST_FORWARDED_FOR": "true",
        ]) { $1 })
        pricing = Self.child("pricing", prefix: "PRICING_", settings: common.merging([
            "SCHEMA": pricingSchema, "QUEUE": pricingSchema.replacingOccurrences(of: "_", with: "-"),
            "HTTP_PORT": String(port + 1),
        ]) { $1 })
    }

    /// A service executable built next to this tool, with `prefix`-ed settings over this environment.
    private static func child(_ name: String, prefix: String, settings: [String: String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent(name)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in settings { environment[prefix + key] = value }
        process.environment = environment
        return process
    }

    func startService() async throws {
        try await start(service, name: "voting", port: port)
    }

    /// Starts pricing and lists the bricks again for it (it was not running when they were first
    /// listed; voting takes the repeat as an update), then waits until pricing has bootstrapped them.
    func startPricing(_ workload: BenchWorkload) async throws {
        try await start(pricing, name: "pricing", port: port + 1)
        try await publish(workload.brickEvents)
        let listed = try await poll(timeout: 120) {
            try await self.count("brick_price_state", in: self.pricingSchema) == workload.bricks.count
        }
        guard listed else { throw BenchFailure("pricing did not bootstrap the bricks in time") }
    }

    private func start(_ process: Process, name: String, port: Int) async throws {
        try process.run()
        let healthy = try await poll(timeout: 60) {
            guard let url = URL(string: "http://127.0.0.1:\(port)/health/ready") else { return false }
            let response = try? await URLSession.shared.data(from: url).1
            return (response as? HTTPURLResponse)?.statusCode == 200
        }
        guard healthy else { throw BenchFailure("the \(name) service did not become ready on port \(port)") }
    }

    /// Publishes the users and bricks and waits until the service projected them.
    func seed(_ workload: BenchWorkload) async throws {
        try await publish(workload.userEvents)
        try await publish(workload.brickEvents)
        let seeded = try await poll(timeout: 300) {
            let users = try await self.count("users")
            let bricks = try await self.count("bricks")
            return users == workload.users.count && bricks == workload.bricks.count
        }
        guard seeded else { throw BenchFailure("users and bricks were not projected in time") }
    }

    func publish<P: EventPayload>(_ events: [CloudEvent<P>]) async throws {
        try await publish(try messages(events))
    }

    /// The events encoded as the publisher sends them (a timed run encodes before its clock starts: encoding
    /// is the load generator's work, not the service's).
    func messages<P: EventPayload>(_ events: [CloudEvent<P>]) throws -> [OutgoingMessage] {
        try events.map {
            OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try $0.jsonBytes()), messageId: $0.id)
        }
    }

    /// Publishes in chunks of 500 with up to four chunks awaiting their confirms, as a busy publisher does.
    func publish(_ messages: [OutgoingMessage]) async throws {
        let publisher = publisher
        try await withThrowingTaskGroup(of: Void.self) { group in
            for start in stride(from: 0, to: messages.count, by: 500) {
                let chunk = Array(messages[start..<min(start + 500, messages.count)])
                group.addTask { try await publisher.publish(chunk) }
                if start / 500 >= 3 { try await group.next() }
            }
            try await group.waitForAll()
        }
    }

    /// Intents the service says it decided (`voting_intents_enriched_total` on /metrics): a timed run watches
    /// this rather than counting outcome rows, so the measuring costs the database nothing.
    func enrichedCount() async throws -> Int {
        guard let url = URL(string: "http://127.0.0.1:\(port)/metrics") else { return 0 }
        let (body, _) = try await URLSession.shared.data(from: url)
        let line = String(decoding: body, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("voting_intents_enriched_total") }
        return line.flatMap { $0.split(separator: " ").last }.flatMap { Double($0) }.map { Int($0) } ?? 0
    }

    func count(_ table: String) async throws -> Int {
        try await count(table, in: schema)
    }

    func count(_ table: String, in schema: String) async throws -> Int {
        try await pool.withConnection { connection in
            // A table of this schema that does not exist yet (migrations still running) counts 0.
            let exists = try connection.query("SELECT to_regclass($1) IS NOT NULL", ["\(schema).\(table)"])[0].decode(0, as: Bool.self)
            guard exists else { return 0 }
            return try connection.query("SELECT count(*) FROM \(schema).\(table)")[0].decode(0, as: Int.self)
        }
    }

    /// Polls every 20 ms until `condition` holds or `timeout` seconds pass.
    func poll(timeout: Double, _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }

    func tearDown() async {
        for process in [service, pricing] where process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        await publisher.shutdown()
        let admin = AMQPConfiguration(url: amqp, connectionName: "voting-bench-admin")
        let pricingQueue = pricingSchema.replacingOccurrences(of: "_", with: "-")
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", pricingQueue, "\(pricingQueue).dlq"], exchanges: [exchange], configuration: admin)
        for schema in [schema, pricingSchema] {
            _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        }
        await pool.shutdown()
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
