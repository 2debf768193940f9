import AMQP
import ArgumentParser
import Auth
import Foundation
import Logging
import Postgres
import ServiceKit

extension PricingCommand {
    /// `pricing bench`: votes applied per second by one whole pricing service (consumer, relay, jobs, HTTP)
    /// draining a queue pre-filled with a crowd's votes, in a throwaway schema, queue and exchange.
    /// Release build: `scripts/bench.sh pricing`. Not a test.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Benchmark: drain a pre-filled queue of votes and print votes applied per second.")

        @Option(help: "admin database URL") var databaseURL =
            ProcessInfo.processInfo.environment["MARKET_DATABASE_URL"] ?? "postgres://market:market@127.0.0.1:55432/market"
        @Option(help: "admin broker URL") var amqpURL =
            ProcessInfo.processInfo.environment["MARKET_AMQP_URL"] ?? "amqp://market:market@127.0.0.1:55672/market"
        @Option(help: "listed bricks") var bricks = 100
        @Option(help: "votes on each brick") var votesPerBrick = 1_000
        @Option(help: "consumer batch size") var batchSize = 500

        func run() async throws {
            let name = "bench_pricing_\(UUID().uuidString.prefix(8).lowercased())"
            let queue = name.replacingOccurrences(of: "_", with: "-")
            let exchange = "\(queue).events"
            let env = try PricingEnvironment(values: [
                "PRICING_DATABASE_URL": databaseURL, "PRICING_AMQP_URL": amqpURL, "PRICING_SCHEMA": name,
                "PRICING_QUEUE": queue, "PRICING_EXCHANGE": exchange, "PRICING_HTTP_PORT": "0", "PRICING_LOG_LEVEL": "critical",
                "PRICING_BATCH_SIZE": String(batchSize),
            ])
            let logger = Logger(label: "pricing-bench")
            let pool = PostgresPool(url: databaseURL, size: 1, applicationName: "pricing-bench", logger: logger)
            let amqp = AMQPConfiguration(url: try AMQPURL(amqpURL), connectionName: "pricing-bench")
            do {
                try await measure(env: env, exchange: exchange, pool: pool, amqp: amqp, logger: logger)
            } catch {
                await cleanUp(env: env, exchange: exchange, pool: pool, amqp: amqp)
                throw error
            }
            await cleanUp(env: env, exchange: exchange, pool: pool, amqp: amqp)
        }

        private func measure(
            env: PricingEnvironment, exchange: String, pool: PostgresPool, amqp: AMQPConfiguration, logger: Logger
        ) async throws {
            try await env.descriptor.migrate(using: pool, logger: logger)
            let topology = Topology.service(
                env.descriptor.queue, consumes: PricingHandler.consumedTypes, exchange: exchange,
                deliveryLimit: env.settings.deliveryLimit)
            let messages = try BenchCrowd(bricks: bricks, votesPerBrick: votesPerBrick, exchange: exchange).messages()
            let publisher = AMQPPublisher(configuration: amqp, topology: topology, logger: logger)
            for start in stride(from: 0, to: messages.count, by: 1_000) {
                try await publisher.publish(Array(messages[start..<min(start + 1_000, messages.count)]))
            }
            await publisher.shutdown()
            let votes = bricks * votesPerBrick
            print("pricing bench: queue pre-filled with \(bricks) listings and \(votes) votes")

            let tokens = try await BearerTokens(secret: String(repeating: "b", count: BearerTokens.minimumSecretBytes))
            let runner = PricingService.runner(descriptor: env.descriptor, tokens: tokens, jobInterval: .seconds(3_600))
            let settings = env.settings
            let started = ContinuousClock.now
            let service = Task { try await runner.run(settings: settings) }
            let applied = "SELECT coalesce(sum(applied_brick_seq), 0)::bigint FROM \(env.descriptor.schema).brick_price_state"
            while try await pool.withConnection({ try $0.query(applied)[0].decode(0, as: Int64.self) }) < Int64(votes) {
                try await Task.sleep(for: .milliseconds(20))
            }
            let elapsed = started.duration(to: .now)
            service.cancel()
            _ = try? await service.value
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(String(
                format: "%d votes on %d bricks applied in %.2f s by one process (start-up included): %.0f votes/s (target ≥ 10,000)",
                votes, bricks, seconds, Double(votes) / seconds))
        }

        private func cleanUp(env: PricingEnvironment, exchange: String, pool: PostgresPool, amqp: AMQPConfiguration) async {
            let queue = env.descriptor.queue
            try? await AMQPAdministration.delete(queues: [queue, "\(queue).dlq"], exchanges: [exchange], configuration: amqp)
            _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(env.descriptor.schema) CASCADE") }
            await pool.shutdown()
        }
    }
}
