import EventContracts
import Foundation
import Postgres
import PurchaseExecutionDomain
import ServiceKit

extension PurchaseExecutionHandler {
    /// Executes a run of purchase batches in the consumer's one transaction (issue 7 §3, D000-34):
    /// 1. one pipeline locks every product the batches name, in id order, and reads the keys already
    ///    sold, the self-sell links and the rolled-back waves;
    /// 2. the core verifies and prices each batch in delivery order against one running context
    ///    (stock left and keys applied by earlier batches of the run);
    /// 3. one pipeline writes the decrements, sale records, ledger credits, balances and telemetry.
    ///
    /// Two round trips, however many batches and lines (a savepoint rides in the first). Emits one
    /// `purchase.batch.executed` per batch and one `product.stock.changed` per product sold. A
    /// retryable failure rolls back to the savepoint and runs again (``PurchaseRetry``).
    func executePurchases(_ run: [PurchaseRequestEvent], in batch: inout Batch) throws {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try executePurchasesOnce(run, in: &batch)
            } catch where attempt <= PurchaseRetry.maxRetries && PurchaseRetry.isRetryable(error) {
                batch.logger.notice(
                    "purchase run failed; retrying from its savepoint",
                    metadata: ["attempt": "\(attempt)", "error": "\(error)"])
                try batch.connection.query("ROLLBACK TO SAVEPOINT \(PurchaseRetry.savepoint)")
                Thread.sleep(forTimeInterval: PurchaseRetry.backoff(attempt: attempt))
            }
        }
    }

    private func executePurchasesOnce(_ run: [PurchaseRequestEvent], in batch: inout Batch) throws {
        let connection = batch.connection
        let before = connection.roundTrips
        let requests = run.map { PurchaseBatchRequest($0.payload) }
        let locked = try connection.pipeline(
            [PostgresStatement("SAVEPOINT \(PurchaseRetry.savepoint)")] + store.lockStatements(LockRequest(requests)))
        var context = try store.decodeContext(Array(locked.dropFirst()), rules: rules)
        var executed: [(request: PurchaseBatchRequest, execution: BatchExecution)] = []
        executed.reserveCapacity(requests.count)
        for (request, cause) in zip(requests, run) {
            let execution: BatchExecution
            do {
                execution = try executeBatch(request, context: context)
            } catch .malformed(let problems) {
                throw EventRejected(
                    eventID: cause.event.envelope.id,
                    reason: "malformed purchase batch: " + problems.map(\.description).joined(separator: "; "))
            } catch .overflow {
                throw EventRejected(eventID: cause.event.envelope.id, reason: "purchase batch amounts overflow 64 bits")
            }
            context.record(execution)
            executed.append((request, execution))
        }
        let writes = try BatchWrites(executed)
        let results = try connection.pipeline(store.saleStatements(writes))
        let stock = try store.decodeStock(results[0])
        // Under the row locks every decrement applies; fewer rows means the stock moved unlocked.
        guard stock.count == writes.productIds.count else {
            throw StockConflict(expected: writes.productIds.count, applied: stock.count)
        }
        let now = Date()
        for ((_, execution), cause) in zip(executed, run) {
            try batch.emit(CloudEvent(
                causedBy: cause.event.envelope, id: .random(), source: Self.source, time: now,
                data: PurchaseBatchExecuted(execution)))
        }
        var causes: [String: EventEnvelope] = [:]
        for ((request, _), cause) in zip(executed, run).reversed() {
            for item in request.items { causes[item.productId] = cause.event.envelope }
        }
        try emitStockChanges(stock, causes: causes, time: now, in: &batch)
        metrics.batches.increment(by: run.count)
        metrics.lines.increment(by: requests.reduce(0) { $0 + $1.items.count })
        metrics.executedLines.increment(by: writes.saleKeys.count)
        metrics.roundTrips.increment(by: connection.roundTrips - before)
    }

    /// One `product.stock.changed` per product, caused by the event that touched it first.
    func emitStockChanges(_ stock: [StockState], causes: [String: EventEnvelope], time: Date, in batch: inout Batch) throws {
        for state in stock {
            guard let cause = causes[state.productId] else { continue }
            try batch.emit(CloudEvent(
                causedBy: cause, id: .random(), source: Self.source, time: time,
                data: ProductStockChanged(
                    productId: state.productId, version: state.version, stockAvailable: state.stockAvailable,
                    totalSold: state.totalSold)))
        }
    }
}

/// The conditional decrement matched fewer products than the locks promised: the transaction rolls
/// back and the consumer retries it (D000-38).
struct StockConflict: Error, CustomStringConvertible {
    let expected: Int
    let applied: Int
    var description: String { "stock decrement applied to \(applied) of \(expected) products" }
}

extension LockRequest {
    /// The distinct ids a run of batches mentions, sorted.
    init(_ requests: [PurchaseBatchRequest]) {
        var products = Set<String>(), keys = Set<String>(), buyers = Set<String>()
        var companies = Set<String>(), waves = Set<String>()
        for request in requests {
            companies.insert(request.companyId)
            waves.insert(request.waveId)
            for item in request.items {
                products.insert(item.productId)
                keys.insert(item.idempotencyKey)
                buyers.insert(item.buyerId)
            }
        }
        self.init(
            productIds: products.sorted(), idempotencyKeys: Array(keys), buyerIds: Array(buyers),
            companyIds: Array(companies), waveIds: Array(waves))
    }
}
