import Foundation

/// Where the bench connects and the unique names it creates (and removes).
struct BenchSettings: Sendable {
    static let defaultDatabaseURL = "postgres://market:market@127.0.0.1:55432/market"
    static let defaultAMQPURL = "amqp://market:market@127.0.0.1:55672/market"

    let databaseURL: String
    let amqpURL: String
    let schema: String
    let queue: String
    let exchange: String
    let sink: String
    let replicas: Int
    let consumerBatch: Int
    let httpPorts: [Int]

    init(environment: [String: String], replicas: Int, consumerBatch: Int) {
        databaseURL = environment["MARKET_DATABASE_URL"] ?? Self.defaultDatabaseURL
        amqpURL = environment["MARKET_AMQP_URL"] ?? Self.defaultAMQPURL
        let suffix = UUID().uuidString.lowercased().prefix(8)
        schema = "pe_bench_\(suffix)"
        queue = "pe-bench-\(suffix)"
        exchange = "\(queue).events"
        sink = "\(queue).sink"
        self.replicas = replicas
        self.consumerBatch = consumerBatch
        let base = Int.random(in: 41_000..<49_000)
        httpPorts = (0..<replicas).map { base + $0 }
    }

    /// The environment of one service replica.
    func serviceEnvironment(replica: Int) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let values = [
            "SCHEMA": schema, "QUEUE": queue, "EXCHANGE": exchange, "DATABASE_URL": databaseURL, "AMQP_URL": amqpURL,
            "HTTP_PORT": String(httpPorts[replica]), "LOG_LEVEL": "warning", "BATCH_SIZE": String(consumerBatch),
            "OUTBOX_POLL_MS": "200",
        ]
        for (key, value) in values { environment["PURCHASE_EXECUTION_" + key] = value }
        return environment
    }
}
