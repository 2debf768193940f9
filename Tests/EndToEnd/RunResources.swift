/// What one local run creates on the shared servers — a schema and a queue (with its `.dlq`) per
/// service and one exchange, every name starting with the run's unique prefix — and therefore the
/// only things its teardown may remove.
///
/// The servers are shared with the lead, the other helpers and every other suite: the services'
/// default schemas and queues (`voting`, `pricing`, …) belong to them. A teardown that fell back to a
/// default name once wiped those, so removal goes through ``owns(_:)``, which refuses any name that
/// is not under this run's prefix or that equals a default, whatever the caller passes.
struct RunResources: Sendable, Equatable {
    /// The run's unique prefix, e.g. `e2e_3f9a0c1d`.
    let run: String
    let schemas: [MarketService: String]
    let queues: [MarketService: String]
    let exchange: String

    init(run: String, services: [MarketService]) {
        self.run = run
        schemas = Dictionary(uniqueKeysWithValues: services.map { ($0, "\(run)_\($0.defaultSchema)") })
        queues = Dictionary(uniqueKeysWithValues: services.map { ($0, "\(run).\($0.defaultQueue)") })
        exchange = "\(run).events"
    }

    /// Whether `name` is one this run made up: under its prefix and none of the shared defaults.
    func owns(_ name: String) -> Bool {
        let shared = MarketService.allCases.flatMap { [$0.defaultSchema, $0.defaultQueue, "\($0.defaultQueue).dlq"] }
        let underPrefix = name.hasPrefix("\(run)_") || name.hasPrefix("\(run).")
        return run.count > "e2e_".count && underPrefix && !shared.contains(name) && !name.hasPrefix("market.")
    }

    /// The schemas to drop at teardown: only the run's own.
    var schemasToDrop: [String] { schemas.values.sorted().filter(owns) }

    /// The queues to delete at teardown: each service's queue and its dead-letter queue, only the run's own.
    var queuesToDelete: [String] { queues.values.sorted().flatMap { [$0, "\($0).dlq"] }.filter(owns) }

    /// The exchanges to delete at teardown: the run's own (never `market.events` or `market.dlx`).
    var exchangesToDelete: [String] { [exchange].filter(owns) }
}
