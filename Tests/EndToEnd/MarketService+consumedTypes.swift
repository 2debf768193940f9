@testable import pricing
@testable import purchase_execution
@testable import ranking_metrics
@testable import voting
@testable import warehouse_orders
@testable import wave_planning

extension MarketService {
    /// The event types the service binds its queue to: read from its handler, so the harness
    /// waits for exactly the bindings the built executable declares.
    var consumedTypes: [String] {
        switch self {
        case .voting: VotingHandler.consumedTypes
        case .pricing: PricingHandler.consumedTypes
        case .wavePlanning: WavePlanningHandler.consumedTypes
        case .purchaseExecution: PurchaseExecutionHandler.consumedTypes
        case .warehouseOrders: WarehouseOrdersHandler.consumedTypes
        case .rankingMetrics: RankingEventsHandler.consumedTypes
        }
    }
}
