import EventContracts
import Logging
import PurchaseExecutionDomain
import ServiceKit

/// Applies purchase-execution's events in delivery order, a run of one kind at a time, each run in a
/// constant number of round trips whatever its size:
/// - catalog facts (`catalog.product.upserted`, `catalog.company.upserted`, `buyer.linked`): one
///   pipeline of versioned upserts;
/// - `purchase.batch.requested`: one locking read and one pipeline of writes for all batches of the
///   run (``executePurchases(_:in:)``);
/// - `wave.rollback.requested`: one locking read and one pipeline of writes (``rollBack(_:in:)``).
///
/// A malformed batch (an unknown product, and anything the contract already refused: quantity ≤ 0,
/// missing fields) is rejected with its reasons, dead-lettered, and changes nothing. A failed
/// transaction is retried by the consumer a bounded number of times (D000-38).
struct PurchaseExecutionHandler: EventHandler {
    static let consumedTypes = [
        CatalogProductUpserted.eventType, CatalogCompanyUpserted.eventType, BuyerLinked.eventType,
        PurchaseBatchRequested.eventType, WaveRollbackRequested.eventType,
    ]

    /// The CloudEvents `source` of what this service emits.
    static let source = EventSource.service("purchase-execution")

    let store: PurchaseStore
    let rules: ExecutionRules
    let metrics = PurchaseMetrics()

    init(store: PurchaseStore, rules: ExecutionRules = ExecutionRules()) {
        self.store = store
        self.rules = rules
    }

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var catalog = CatalogRows()
        var purchases: [PurchaseRequestEvent] = []
        var rollbacks: [RollbackRequestEvent] = []
        // Before a run of another kind starts, the pending run is written, so later events see it.
        func flush(except kind: RunKind?) throws {
            if kind != .catalog, !catalog.isEmpty {
                _ = try batch.connection.pipeline(store.catalogStatements(catalog))
                catalog = CatalogRows()
            }
            if kind != .purchases, !purchases.isEmpty {
                try executePurchases(purchases, in: &batch)
                purchases.removeAll()
            }
            if kind != .rollbacks, !rollbacks.isEmpty {
                try rollBack(rollbacks, in: &batch)
                rollbacks.removeAll()
            }
        }
        for event in events {
            switch event.payload {
            case let request as PurchaseBatchRequested:
                try flush(except: .purchases)
                purchases.append(PurchaseRequestEvent(event: event, payload: request))
            case let request as WaveRollbackRequested:
                try flush(except: .rollbacks)
                rollbacks.append(RollbackRequestEvent(event: event, payload: request))
            default:
                try flush(except: .catalog)
                catalog.add(event.payload)
            }
        }
        try flush(except: nil)
    }
}

/// The kinds of event run the handler writes together.
enum RunKind {
    case catalog, purchases, rollbacks
}

/// A `purchase.batch.requested` with the envelope that caused it.
struct PurchaseRequestEvent {
    let event: IncomingEvent
    let payload: PurchaseBatchRequested
}

/// A `wave.rollback.requested` with the envelope that caused it.
struct RollbackRequestEvent {
    let event: IncomingEvent
    let payload: WaveRollbackRequested
}
