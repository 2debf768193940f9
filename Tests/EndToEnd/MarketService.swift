/// The six services as the end-to-end suite sees them: an executable, a variable prefix, a schema,
/// a queue and a base URL variable for an external deployment.
enum MarketService: String, CaseIterable, Sendable, Hashable {
    case voting
    case pricing
    case wavePlanning = "wave-planning"
    case purchaseExecution = "purchase-execution"
    case warehouseOrders = "warehouse-orders"
    case rankingMetrics = "ranking-metrics"

    /// The built executable's name.
    var executable: String { rawValue }

    /// `PRICING_`, `WAREHOUSE_ORDERS_`, …: every variable the service reads starts with it.
    var prefix: String { rawValue.uppercased().replacingOccurrences(of: "-", with: "_") + "_" }

    /// The schema and queue a deployment uses when nothing overrides them.
    var defaultSchema: String { rawValue.replacingOccurrences(of: "-", with: "_") }
    var defaultQueue: String { rawValue }

    /// `MARKET_E2E_PRICING_URL`, …: where an external deployment serves the service's HTTP API.
    var externalURLVariable: String { "MARKET_E2E_\(prefix)URL" }

    /// Settings that keep a locally started service quick to react: the scheduled jobs look
    /// every second or so instead of every minute, so a story never waits on a default interval.
    var quickSettings: [String: String] {
        switch self {
        case .voting: ["ENRICH_POLL_MS": "100"]
        case .pricing: ["JOB_INTERVAL_SECONDS": "1"]
        case .wavePlanning: ["INDEX_INTERVAL_SECONDS": "1"]
        case .purchaseExecution: [:]
        case .warehouseOrders: [:]
        case .rankingMetrics: ["RECALCULATION_INTERVAL_MS": "200"]
        }
    }
}
