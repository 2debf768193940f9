import AMQP
import EventContracts
import Foundation
import Logging
import Postgres

/// One benchmark run against the real servers; removes its schema, queues and exchange at the end.
struct BenchRun {
    let settings: BenchSettings
    let workload: BenchWorkload
    let logger: Logger

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Messages per confirmed publish call.
    static let chunk = 500

    func run() async throws -> BenchReport {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("purchase-execution")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw Failure(description: "build the service first: \(executable.path) is missing")
        }
        let amqp = { (name: String) in AMQPConfiguration(url: try AMQPURL(settings.amqpURL), connectionName: name) }
        let service = Topology.service(settings.queue, consumes: BenchTypes.consumed, exchange: settings.exchange, deliveryLimit: 5)
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [QueueSpec(name: settings.sink, bindings: [
                .init(exchange: settings.exchange, routingKey: PurchaseBatchExecuted.eventType),
            ])])
        let publisher = AMQPPublisher(configuration: try amqp("pe-bench-publisher"), topology: topology, logger: logger)
        let pool = PostgresPool(url: settings.databaseURL, size: 1, applicationName: "purchase-execution-bench", logger: logger)
        let processes = (0..<settings.replicas).map { replica in
            let process = Process()
            process.executableURL = executable
            process.environment = settings.serviceEnvironment(replica: replica)
            return process
        }
        let result: Result<BenchReport, any Error>
        do {
            for process in processes { try process.run() }
            result = .success(try await measure(publisher: publisher, pool: pool, admin: try amqp("pe-bench-admin")))
        } catch {
            result = .failure(error)
        }
        for process in processes where process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [settings.queue, "\(settings.queue).dlq", settings.sink], exchanges: [settings.exchange],
            configuration: try amqp("pe-bench-cleanup"))
        let schema = settings.schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
        return try result.get()
    }

    private func measure(publisher: AMQPPublisher, pool: PostgresPool, admin: AMQPConfiguration) async throws -> BenchReport {
        let schema = settings.schema
        func number(_ sql: String) async throws -> Int64 {
            try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int64.self) }
        }
        try await publish(try workload.catalog(), publisher)
        try await waitFor("the catalog", timeout: .seconds(600)) {
            (try? await number("SELECT count(*) FROM \(schema).products")) == Int64(workload.productCount)
        }
        let before = try await BenchMetrics.scrape(ports: settings.httpPorts)
        let batches = try workload.batchMessages()
        let started = ContinuousClock.now
        try await publish(batches, publisher)
        try await waitFor("the executed batches", timeout: .seconds(1_800)) {
            (try? await AMQPAdministration.messageCount(queue: settings.sink, configuration: admin)) == workload.batches
        }
        let elapsed = started.duration(to: .now)
        let after = try await BenchMetrics.scrape(ports: settings.httpPorts)
        let sales = try await number("SELECT count(*) FROM \(schema).sale_records")
        let deadLetters = try await AMQPAdministration.messageCount(queue: "\(settings.queue).dlq", configuration: admin)
        guard sales == Int64(workload.lines), deadLetters == 0 else {
            throw Failure(description: "expected \(workload.lines) sale records and no dead letters, got \(sales) and \(deadLetters)")
        }
        return BenchReport(elapsed: elapsed, executedLines: Int(sales), metrics: after.subtracting(before))
    }

    private func publish(_ messages: [(type: String, body: [UInt8])], _ publisher: AMQPPublisher) async throws {
        let exchange = settings.exchange
        for start in stride(from: 0, to: messages.count, by: Self.chunk) {
            try await publisher.publish(messages[start..<min(start + Self.chunk, messages.count)].map {
                OutgoingMessage(exchange: exchange, routingKey: $0.type, body: $0.body, messageId: nil)
            })
        }
    }

    private func waitFor(_ what: String, timeout: Duration, _ condition: () async -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while await !condition() {
            guard ContinuousClock.now < deadline else { throw Failure(description: "timed out waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

/// The event types the service binds (its handler's `consumedTypes`).
enum BenchTypes {
    static let consumed = [
        CatalogProductUpserted.eventType, CatalogCompanyUpserted.eventType, BuyerLinked.eventType,
        PurchaseBatchRequested.eventType, WaveRollbackRequested.eventType,
    ]
}
