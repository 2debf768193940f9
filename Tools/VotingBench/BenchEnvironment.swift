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
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("voting")
        service = Process()
        service.executableURL = executable
        var environment = env
        let settings = [
            "SCHEMA": schema, "QUEUE": queue, "EXCHANGE": exchange, "DATABASE_URL": databaseURL, "AMQP_URL": amqpURL,
            "HTTP_PORT": String(port), "LOG_LEVEL": "warning", "OUTBOX_POLL_MS": "200",
        ]
        for (key, value) in settings { environment["VOTING_" + key] = value }
        service.environment = environment
    }

    func startService() async throws {
        try service.run()
        let healthy = try await poll(timeout: 60) {
            guard let url = URL(string: "http://127.0.0.1:\(self.port)/health/ready") else { return false }
            let response = try? await URLSession.shared.data(from: url).1
            return (response as? HTTPURLResponse)?.statusCode == 200
        }
        guard healthy else { throw BenchFailure("the voting service did not become ready on port \(port)") }
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
        let messages = try events.map {
            OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try $0.jsonBytes()), messageId: $0.id)
        }
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }

    func count(_ table: String) async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            // A table of this schema that does not exist yet (migrations still running) counts 0.
            let exists = try connection.query("SELECT to_regclass($1) IS NOT NULL", ["\(schema).\(table)"])[0].decode(0, as: Bool.self)
            guard exists else { return 0 }
            return try connection.query("SELECT count(*) FROM \(schema).\(table)")[0].decode(0, as: Int.self)
        }
    }

    /// Polls every 50 ms until `condition` holds or `timeout` seconds pass.
    func poll(timeout: Double, _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }

    func tearDown() async {
        if service.isRunning {
            service.terminate()
            service.waitUntilExit()
        }
        await publisher.shutdown()
        let admin = AMQPConfiguration(url: amqp, connectionName: "voting-bench-admin")
        try? await AMQPAdministration.delete(queues: [queue, "\(queue).dlq"], exchanges: [exchange], configuration: admin)
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
