import Metrics

/// The hot path's figures on `/metrics`: batches and lines executed and the database round trips
/// they took, so the round trips per batch can be read off a running service (and the benchmark).
struct PurchaseMetrics: Sendable {
    let batches = Counter(label: "purchase_execution_batches_total")
    let lines = Counter(label: "purchase_execution_lines_total")
    let executedLines = Counter(label: "purchase_execution_lines_executed_total")
    let roundTrips = Counter(label: "purchase_execution_batch_round_trips_total")
}
