import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The service counters the bench reads from `/metrics`, summed over replicas.
struct BenchMetrics: Sendable {
    var batches = 0.0
    var batchRoundTrips = 0.0
    var transactions = 0.0

    static let names = [
        "purchase_execution_batches_total", "purchase_execution_batch_round_trips_total",
        "servicekit_batch_duration_seconds_count",
    ]

    static func scrape(ports: [Int]) async throws -> BenchMetrics {
        var total = BenchMetrics()
        for port in ports {
            guard let url = URL(string: "http://127.0.0.1:\(port)/metrics") else { continue }
            let (data, _) = try await URLSession.shared.data(from: url)
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ")
                guard parts.count >= 2, let value = Double(parts[parts.count - 1]) else { continue }
                let name = parts[0].split(separator: "{")[0]
                switch name {
                case "purchase_execution_batches_total": total.batches += value
                case "purchase_execution_batch_round_trips_total": total.batchRoundTrips += value
                case "servicekit_batch_duration_seconds_count": total.transactions += value
                default: continue
                }
            }
        }
        return total
    }

    func subtracting(_ other: BenchMetrics) -> BenchMetrics {
        BenchMetrics(
            batches: batches - other.batches, batchRoundTrips: batchRoundTrips - other.batchRoundTrips,
            transactions: transactions - other.transactions)
    }
}

/// The figures the issue asks for.
struct BenchReport {
    let elapsed: Duration
    let executedLines: Int
    let metrics: BenchMetrics

    /// The consumer's own round trips per transaction: BEGIN with the inbox claim, the outbox insert
    /// with COMMIT (pipelined; `PurchaseBatchTests` counts the whole transaction on a real connection).
    static let consumerRoundTrips = 2.0

    func text(workload: BenchWorkload, replicas: Int) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let batches = max(1, metrics.batches)
        let transactions = max(1, metrics.transactions)
        let perTransaction = metrics.batchRoundTrips / transactions + Self.consumerRoundTrips
        return """
            purchase-execution-bench: \(workload.companies) companies, \(workload.batches) batches of \(workload.linesPerBatch) lines, \(replicas) replica(s)
              executed lines:            \(executedLines) in \(String(format: "%.2f", seconds)) s = \(String(format: "%.0f", Double(executedLines) / seconds)) lines/s
              transactions:              \(Int(metrics.transactions)) (\(String(format: "%.1f", batches / transactions)) batches each)
              handler round trips:       \(String(format: "%.2f", metrics.batchRoundTrips / transactions)) per transaction, \(String(format: "%.3f", metrics.batchRoundTrips / batches)) per batch
              all round trips (+2 consumer: BEGIN+inbox, outbox+COMMIT): \(String(format: "%.2f", perTransaction)) per transaction, \(String(format: "%.3f", perTransaction * transactions / batches)) per batch
            """
    }
}
