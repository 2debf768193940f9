import AMQP
import ArgumentParser
import Foundation
import Logging

/// `transport-bench`: ServiceKit's full event path against bare rabbitmq-c, on the same broker, in one run.
@main struct TransportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transport-bench",
        abstract: "Measures ServiceKit's consume→transaction→outbox→publish path against bare rabbitmq-c.",
        discussion: "Build with -c release. Needs the servers of scripts/infra.sh up. Prints figures; never fails on them.")

    @Option(help: "events per run") var events = 20_000
    @Option(help: "batch size, prefetch and confirm window") var batch = 500
    @Option(help: "runs of each measurement; the best is reported") var runs = 3
    @Option(help: "admin PostgreSQL URL") var databaseURL = "postgres://market:market@127.0.0.1:55432/market"
    @Option(help: "admin RabbitMQ URL") var amqpURL = "amqp://market:market@127.0.0.1:55672/market"

    func run() async throws {
        var logger = Logger(label: "transport-bench")
        logger.logLevel = .warning
        let url = try AMQPURL(amqpURL)
        let queue = "bench-bare-\(UUID().uuidString.prefix(8).lowercased())"
        try await BareBaseline.declare(url: url, queue: queue, logger: logger)
        let full = FullPath(
            adminDatabaseURL: databaseURL, amqpURL: url, batchSize: batch, progress: RelayProgress.bootstrap(), logger: logger)

        var bareRates: [Double] = []
        var fullRates: [Double] = []
        for run in 1...runs {
            // Interleaved, so drift in the shared machine's load hits both alike.
            let bare = try BareBaseline.run(url: url, queue: queue, count: events, window: batch)
            let path = try await full.run(count: events)
            bareRates.append(bare)
            fullRates.append(path)
            print("run \(run): bare rabbitmq-c \(Int(bare)) msg/s, ServiceKit full path \(Int(path)) events/s")
        }
        try? await AMQPAdministration.delete(
            queues: [queue], exchanges: [], configuration: AMQPConfiguration(url: url, connectionName: "bench-cleanup"))
        let bare = bareRates.max() ?? 0
        let path = fullRates.max() ?? 0
        print(
            "events per run: \(events) (the path's after a warm-up of \(FullPath.warmUpBatches * batch)), batch: \(batch),"
                + " runs: \(runs) (best of each)")
        print("bare rabbitmq-c publish with confirms + consume: \(Int(bare)) msg/s")
        print("ServiceKit full path: \(Int(path)) events/s")
        print(String(format: "ratio full/bare: %.2f (target ≥ 0.50)", path / bare))
    }
}
