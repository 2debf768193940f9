import ArgumentParser
import Foundation
import Logging
import TestSupport

/// `ranking-metrics-bench`: issue 9 item 8. Runs the real `ranking-metrics` executable (built next
/// to this one) over a unique schema, queue and exchange, and times the assignment solver in process.
@main struct RankingMetricsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranking-metrics-bench",
        abstract: "Measures ranking-metrics: consumer throughput, per-update cost against stored rankings, assignment time.",
        discussion: """
            Build with -c release (both products: swift build -c release --product ranking-metrics and
            --product ranking-metrics-bench). Needs the servers of scripts/infra.sh up; reads MARKET_DATABASE_URL
            and MARKET_AMQP_URL (admin URLs). Prints figures and targets; never fails on them.
            --scale shrinks every size (e.g. 0.01 for a quick check of a debug build).
            """)

    @Option(help: "multiplies every size (1 = the issue's sizes)") var scale = 1.0
    @Option(help: "position updates published for the throughput figure (before --scale)") var updates = 400_000
    @Option(help: "events (of 10 updates each) per per-update-cost phase (before --scale)") var costEvents = 20_000

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10], got \(scale)") }
        guard updates > 0, costEvents > 0 else { throw ValidationError("--updates and --cost-events must be positive") }
    }

    func scaled(_ value: Int, minimum: Int = 1) -> Int { max(minimum, Int((Double(value) * scale).rounded())) }

    func run() async throws {
        var logger = Logger(label: "ranking-metrics-bench")
        logger.logLevel = .warning
        let bench = try await ServiceBench(logger: logger)
        do {
            try await measure(bench)
        } catch {
            await bench.tearDown()
            throw error
        }
        await bench.tearDown()
    }

    private func measure(_ bench: ServiceBench) async throws {
        print("scale \(scale); schema \(bench.schema)")
        // Cost phases first: they decide how many rankings are stored; the throughput phase adds its own.
        let small = try await bench.perUpdateCost(storedRankings: scaled(10_000, minimum: 100), events: scaled(costEvents, minimum: 10))
        let large = try await bench.perUpdateCost(storedRankings: scaled(1_000_000, minimum: 100), events: scaled(costEvents, minimum: 10))
        for phase in [small, large] {
            print(String(format: "per-update cost at %d stored rankings: %.1f µs (%d updates)",
                         phase.storedRankings, phase.microsecondsPerUpdate, phase.updates))
        }
        print(String(format: "ratio large/small: %.2f (target ≤ 1.5)", large.microsecondsPerUpdate / small.microsecondsPerUpdate))

        let throughput = try await bench.throughput(updates: scaled(updates, minimum: 10), topics: 10)
        print(String(format: "consumer: %d position updates in %.2f s = %.0f updates/s (target ≥ 20,000/s)",
                     throughput.updates, throughput.seconds, throughput.rate))

        for instance in [
            AssignmentTiming.Instance(students: scaled(1_000), topics: scaled(100), seats: 12, ranked: 10),
            AssignmentTiming.Instance(students: scaled(2_000), topics: scaled(2_000), seats: 1, ranked: 10),
        ] {
            for result in try AssignmentTiming.run(instance) {
                print(String(format: "assignment %d students × %d topics × %d seats (%d ranked each), %@: %.3f s, cost %d, %d unassigned",
                             instance.students, instance.topics, instance.seats, instance.ranked, result.mode,
                             result.seconds, result.totalCost, result.unassigned))
            }
        }
    }
}

/// Seconds of a `Duration`, for rates.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
