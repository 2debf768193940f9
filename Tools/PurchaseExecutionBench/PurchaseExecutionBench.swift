import ArgumentParser
import Foundation
import Logging

/// `purchase-execution-bench`: executed order lines per second through the real service (broker in,
/// one transaction per consumed batch, outbox out) with batches of 25 lines across 1,000 companies,
/// and the database round trips per batch (issue 7 item 6).
///
/// It starts the built `purchase-execution` executable (next to this one) with a unique schema, queue
/// and exchange, loads the catalog through the broker (not timed), publishes the batches, times until
/// every `purchase.batch.executed` reached a sink queue, reads the round-trip counters from the
/// service's `/metrics`, checks every line was executed once, and cleans up.
@main
struct PurchaseExecutionBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purchase-execution-bench",
        abstract: "Lines per second and round trips per batch of the purchase-execution service.",
        discussion: """
            Environment: MARKET_DATABASE_URL (default \(BenchSettings.defaultDatabaseURL)),
            MARKET_AMQP_URL (default \(BenchSettings.defaultAMQPURL)). Run the release build for figures;
            prove it in debug with --scale 0.01.
            """)

    @Option(help: "Fraction of the full size (1,000 companies, 200,000 lines); 0.01 for a quick proof.")
    var scale = 1.0

    @Option(help: "Order lines per batch.")
    var batchSize = 25

    @Option(help: "Service replicas competing on the queue.")
    var replicas = 1

    @Option(help: "Messages the service takes per consumed batch (one transaction).")
    var consumerBatch = 500

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10]") }
        guard (1...500).contains(batchSize) else { throw ValidationError("--batch-size must be 1…500") }
        guard (1...8).contains(replicas) else { throw ValidationError("--replicas must be 1…8") }
        guard (1...5_000).contains(consumerBatch) else { throw ValidationError("--consumer-batch must be 1…5000") }
    }

    func run() async throws {
        let companies = max(1, Int((1_000 * scale).rounded()))
        let lines = max(batchSize, Int((200_000 * scale).rounded()))
        let workload = BenchWorkload(companies: companies, linesPerBatch: batchSize, batches: lines / batchSize)
        var logger = Logger(label: "purchase-execution-bench")
        logger.logLevel = .warning
        let settings = BenchSettings(environment: ProcessInfo.processInfo.environment, replicas: replicas, consumerBatch: consumerBatch)
        let report = try await BenchRun(settings: settings, workload: workload, logger: logger).run()
        print(report.text(workload: workload, replicas: replicas))
    }
}
