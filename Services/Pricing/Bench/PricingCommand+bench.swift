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
            // Start-up (connections, migrations check, consumer set-up) is timed apart from applying: the
            // rate counts from the first applied batch to the last vote.
            let appliedSQL = "SELECT coalesce(sum(applied_brick_seq), 0)::bigint FROM \(env.descriptor.schema).brick_price_state"
            func waitForApplied(atLeast target: Int64) async throws -> (at: ContinuousClock.Instant, applied: Int64) {
                while true {
                    let applied = try await pool.withConnection { try $0.query(appliedSQL)[0].decode(0, as: Int64.self) }
                    if applied >= target { return (ContinuousClock.now, applied) }
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            let first = try await waitForApplied(atLeast: 1)
            let last = try await waitForApplied(atLeast: Int64(votes))
            service.cancel()
            _ = try? await service.value
            let startUp = seconds(started.duration(to: first.at))
            let applying = seconds(first.at.duration(to: last.at))
            let total = seconds(started.duration(to: last.at))
            print(String(
                format: "start-up to the first applied batch: %.2f s (%d votes applied by then)", startUp, first.applied))
            print(String(
                format: "%d votes on %d bricks applied by one process: %.0f votes/s after start-up (target ≥ 10,000), %.0f votes/s counting start-up (%.2f s in all)",
                votes, bricks, Double(last.applied - first.applied) / applying, Double(votes) / total, total))
        }

        private func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }

        private func cleanUp(env: PricingEnvironment, exchange: String, pool: PostgresPool, amqp: AMQPConfiguration) async {
            let queue = env.descriptor.queue
            try? await AMQPAdministration.delete(queues: [queue, "\(queue).dlq"], exchanges: [exchange], configuration: amqp)
            _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(env.descriptor.schema) CASCADE") }
            await pool.shutdown()
        }
    }
}
