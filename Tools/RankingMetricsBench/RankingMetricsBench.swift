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
    @Option(help: "alternating rounds the per-update-cost phases are split into") var costRounds = 5

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be in (0, 10], got \(scale)") }
        guard updates > 0, costEvents > 0 else { throw ValidationError("--updates and --cost-events must be positive") }
        guard costRounds > 0 else { throw ValidationError("--cost-rounds must be positive") }
    }

    func scaled(_ value: Int, minimum: Int = 1) -> Int { max(minimum, Int((Double(value) * scale).rounded())) }

    /// Two services, one per table size, so the two sizes can be measured in alternating rounds: on a
    /// shared machine, load that comes and goes then falls on both sizes alike instead of on one phase.
    func run() async throws {
        var logger = Logger(label: "ranking-metrics-bench")
        logger.logLevel = .warning
        var benches: [ServiceBench] = []
        do {
            benches.append(try await ServiceBench(logger: logger))
            benches.append(try await ServiceBench(logger: logger))
            try await measure(small: benches[0], large: benches[1])
        } catch {
            for bench in benches { await bench.tearDown() }
            throw error
        }
        for bench in benches { await bench.tearDown() }
    }

    private func measure(small: ServiceBench, large: ServiceBench) async throws {
        print("scale \(scale); schemas \(small.schema) (small) and \(large.schema) (large)")
        let roundEvents = max(1, scaled(costEvents, minimum: 10) / costRounds)
        try await small.prepareCost(storedRankings: scaled(10_000, minimum: 100), warmUp: roundEvents)
        try await large.prepareCost(storedRankings: scaled(1_000_000, minimum: 100), warmUp: roundEvents)
        try await small.checkpoint()
        var smallCosts: [Double] = [], largeCosts: [Double] = []
        for round in 1...costRounds {
            // Which size goes first alternates too, so neither always follows the other's writes.
            let a: ServiceBench.Cost, b: ServiceBench.Cost
            if round.isMultiple(of: 2) {
                b = try await large.costRound(events: roundEvents)
                a = try await small.costRound(events: roundEvents)
            } else {
                a = try await small.costRound(events: roundEvents)
                b = try await large.costRound(events: roundEvents)
            }
            smallCosts.append(a.microsecondsPerUpdate)
            largeCosts.append(b.microsecondsPerUpdate)
            print(String(format: "cost round %d: %.1f µs per update at %d stored rankings, %.1f µs at %d: ratio %.2f",
                         round, a.microsecondsPerUpdate, a.storedRankings, b.microsecondsPerUpdate, b.storedRankings,
                         b.microsecondsPerUpdate / a.microsecondsPerUpdate))
        }
        let (smallMedian, largeMedian) = (median(smallCosts), median(largeCosts))
        print(String(format: "per-update cost at %d stored rankings: %.1f µs (median of %d rounds of %d updates)",
                     small.storedRankings, smallMedian, costRounds, roundEvents * ServiceBench.costTopics))
        print(String(format: "per-update cost at %d stored rankings: %.1f µs (median of %d rounds of %d updates)",
                     large.storedRankings, largeMedian, costRounds, roundEvents * ServiceBench.costTopics))
        print(String(format: "ratio large/small: %.2f (target ≤ 1.5)", largeMedian / smallMedian))

        let throughput = try await small.throughput(updates: scaled(updates, minimum: 10), topics: 10)
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

/// The middle value (the mean of the two middle ones for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
}

/// Seconds of a `Duration`, for rates.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
