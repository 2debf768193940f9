import ArgumentParser
import Foundation
import Logging

/// `voting-bench`: intents enriched per second through the AMQP intake and through HTTP (issue 4
/// item 7), against the real `voting` executable built next to this tool, in a schema, queue and
/// exchange of its own that it removes afterwards.
@main
struct VotingBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voting-bench",
        abstract: "Measure vote intents enriched per second through the AMQP intake and through HTTP.",
        discussion: """
            At --scale 1: 100 bricks, 10,000 users, 50,000 intents through AMQP and 10,000 through HTTP; then,
            with pricing started on the same exchange, intents at --latency-rate per second timed from publish
            until pricing's published state has applied their vote (p50, p99).
            Servers: MARKET_DATABASE_URL and MARKET_AMQP_URL (admin URLs; defaults are the local scripts').
            Run a release build for figures worth quoting; a debug build proves the tool works.
            """)

    @Option(help: "Fraction of the full workload (e.g. 0.01 for a quick debug run).")
    var scale: Double = 1.0

    @Option(help: "Concurrent HTTP requests.")
    var httpConcurrency: Int = 32

    @Option(help: "Intents per second of the latency run (voting and pricing together; 0 skips it).")
    var latencyRate: Int = 1_000

    @Option(help: "Seconds the latency run publishes for.")
    var latencySeconds: Int = 20

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10]") }
        guard (1...512).contains(httpConcurrency) else { throw ValidationError("--http-concurrency must be in 1…512") }
    }

    func run() async throws {
        let workload = BenchWorkload(scale: scale)
        let bench = try BenchEnvironment()
        print("voting-bench: \(workload.bricks.count) bricks, \(workload.users.count) users, "
            + "\(workload.amqpIntents) AMQP intents, \(workload.httpIntents) HTTP intents")
        do {
            try await bench.startService()
            try await bench.seed(workload)
            let amqp = try await bench.amqpRun(workload)
            print(String(format: "AMQP intake: %d intents published in %.2f s, all decided after %.2f s: %.0f intents/s enriched",
                amqp.count, amqp.published, amqp.decided, Double(amqp.count) / amqp.decided))
            let http = try await bench.httpRun(workload, concurrency: httpConcurrency, alreadyDecided: amqp.count)
            print(String(format: "HTTP intake: %d intents accepted (202) in %.2f s (%.0f requests/s), all decided after %.2f s: %.0f intents/s enriched",
                http.count, http.published, Double(http.count) / http.published, http.decided, Double(http.count) / http.decided))
            if latencyRate > 0 {
                try await bench.startPricing(workload)
                let latency = try await bench.latencyRun(workload, rate: latencyRate, seconds: latencySeconds)
                print(String(format: "intent → pricing state at %d intents/s for %d s: %d votes applied, %d rejected; latency p50 %.0f ms, p99 %.0f ms (target p99 ≤ 250 ms)",
                    latencyRate, latencySeconds, latency.applied, latency.rejected, latency.percentile(0.5), latency.percentile(0.99)))
            }
        } catch {
            await bench.tearDown()
            throw error
        }
        await bench.tearDown()
    }
}
