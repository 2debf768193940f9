import ArgumentParser
import Foundation
import Postgres

/// `wave-planning-bench` (issue 6 item 7): a catalog of 1,000,000 products loaded with COPY, a
/// 5,000-product candidate index, then waves planned by the real `wave-planning` executable.
/// Prints rows read, round trips and times against the targets: rows read ≤ index rows + a
/// constant, planning compute ≤ 50 ms, round trips a constant plus one publish per batch.
@main
struct WavePlanningBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wave-planning-bench",
        abstract: "Benchmark wave planning over a large catalog (run the release build for the real figures).",
        discussion: "Reads MARKET_DATABASE_URL (default postgres://market:market@127.0.0.1:55432/market); "
            + "uses and then drops a unique schema.")

    @Option(help: "Fraction of the full size: 1,000,000 products, 5,000 indexed, 1,000 companies.")
    var scale = 1.0

    @Option(help: "Waves planned one after another.")
    var waves = 3

    @Option(help: "Budget of each wave in cents.")
    var budgetCents: Int64 = 5_000_000

    func validate() throws {
        guard scale > 0, scale <= 10 else { throw ValidationError("--scale must be within (0, 10]") }
        guard waves >= 1, waves <= 100 else { throw ValidationError("--waves must be within 1…100") }
        guard budgetCents >= 1 else { throw ValidationError("--budget-cents must be at least 1") }
    }

    func run() async throws {
        let databaseURL = ProcessInfo.processInfo.environment["MARKET_DATABASE_URL"]
            ?? "postgres://market:market@127.0.0.1:55432/market"
        let schema = "wp_bench_\(UUID().uuidString.prefix(8).lowercased())"
        let products = max(100, Int(1_000_000 * scale))
        let indexSize = max(50, Int64(5_000 * scale))
        let companies = max(10, Int(1_000 * scale))
        let service = SiblingExecutable(
            name: "wave-planning",
            environment: ["WAVE_PLANNING_SCHEMA": schema, "WAVE_PLANNING_DATABASE_URL": databaseURL, "WAVE_PLANNING_LOG_LEVEL": "error"])
        let connection = try PostgresConnection(url: databaseURL, applicationName: "wave-planning-bench")
        defer {
            _ = try? connection.query("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            connection.close()
        }
        print("wave-planning-bench: \(products) products, \(companies) companies, index \(indexSize), schema \(schema)")
        _ = try service.run(["migrate"])

        let loadStart = ContinuousClock.now
        let loadTrips = try CatalogGenerator(products: products, companies: companies).load(schema: schema, on: connection, now: Date())
        print("catalog COPY: \(products + companies) rows in \(Self.ms(ContinuousClock.now - loadStart)) ms, \(loadTrips) round trips")

        try connection.query("UPDATE \(schema).wave_config SET candidate_index_size = $1", [indexSize])
        try connection.query("ANALYZE \(schema).product")
        let indexStart = ContinuousClock.now
        print(try service.run(["build-index"]).trimmingCharacters(in: .whitespacesAndNewlines)
            + " (background job) in \(Self.ms(ContinuousClock.now - indexStart)) ms")
        let indexRows = try connection.query("SELECT count(*) FROM \(schema).candidate_index")[0].decode(0, as: Int64.self)

        var failures: [String] = []
        for wave in 0..<waves {
            let output = try service.run(["plan", "--wave-id", "bench-\(wave)", "--budget-cents", String(budgetCents)])
            let report = try JSONDecoder().decode(BenchPlanReport.self, from: Data(output.utf8))
            let plan = report.phases.first { $0.phase == "plan" }
            let compute = report.phases.first { $0.phase == "compute" }
            let rowsRead = plan?.rowsRead ?? -1
            let trips = plan?.roundTrips ?? -1
            let computeMs = Double(compute?.durationMicroseconds ?? 0) / 1_000
            print(
                "wave bench-\(wave): rows read \(rowsRead) (index \(indexRows)), round trips \(trips) + outbox 1 + BEGIN/COMMIT 2, "
                    + "publishes \(report.batches) (one per batch), planning compute \(String(format: "%.2f", computeMs)) ms, "
                    + "plan phase \(String(format: "%.2f", Double(plan?.durationMicroseconds ?? 0) / 1_000)) ms, "
                    + "eligible \(report.eligibleCount), orders \(report.orders), planned \(report.plannedSpendCents) cents")
            if rowsRead > indexRows + 1 { failures.append("bench-\(wave) read \(rowsRead) rows for an index of \(indexRows)") }
            if trips != 2 { failures.append("bench-\(wave) took \(trips) round trips in the plan phase, not 2") }
            if computeMs > 50 { failures.append("bench-\(wave) computed for \(computeMs) ms (> 50 ms; expected in debug builds)") }
        }
        let outbox = try connection.query(
            "SELECT count(*) FROM \(schema).outbox WHERE event_type = 'purchase.batch.requested'")[0].decode(0, as: Int64.self)
        let batches = try connection.query("SELECT count(*) FROM \(schema).wave_batch")[0].decode(0, as: Int64.self)
        print("outbox: \(outbox) purchase.batch.requested rows for \(batches) batches")
        print(failures.isEmpty ? "targets: all met" : "targets missed:\n  " + failures.joined(separator: "\n  "))
    }

    static func ms(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// The JSON `wave-planning plan` prints.
struct BenchPlanReport: Decodable {
    struct Phase: Decodable {
        var phase: String
        var roundTrips: Int64
        var rowsRead: Int64
        var rowsWritten: Int64
        var durationMicroseconds: Int64
    }

    var waveId: String
    var candidateCount: Int
    var eligibleCount: Int
    var orders: Int
    var batches: Int
    var plannedSpendCents: Int64
    var phases: [Phase]
}
