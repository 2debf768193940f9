import EventContracts
import Foundation

/// Execution results as purchase-execution would publish them for requested batches.
enum Results {
    enum Outcome { case full, partial, rejected }

    static func executed(_ batch: PurchaseBatchRequested, _ outcome: Outcome) -> PurchaseBatchExecuted {
        let items = batch.items.map { item -> PurchaseBatchExecuted.Item in
            switch outcome {
            case .full:
                return .init(
                    idempotencyKey: item.idempotencyKey, productId: item.productId, status: .filled, quantity: item.quantity,
                    unitPriceCents: item.unitPriceCents, spentCents: item.quantity * item.unitPriceCents)
            case .partial:
                let quantity = item.quantity / 2
                return .init(
                    idempotencyKey: item.idempotencyKey, productId: item.productId, status: .partial, quantity: quantity,
                    unitPriceCents: item.unitPriceCents, spentCents: quantity * item.unitPriceCents, reason: "no_stock")
            case .rejected:
                return .init(
                    idempotencyKey: item.idempotencyKey, productId: item.productId, status: .rejected, quantity: 0,
                    unitPriceCents: item.unitPriceCents, spentCents: 0, reason: "price_changed")
            }
        }
        return PurchaseBatchExecuted(
            waveId: batch.waveId, pass: batch.pass, batchId: batch.batchId, items: items,
            spentCents: items.reduce(0) { $0 + $1.spentCents })
    }

    /// The first batch full, the second partial, the third rejected, the rest full.
    static func mixed(_ batches: [PurchaseBatchRequested]) -> [PurchaseBatchExecuted] {
        batches.enumerated().map { index, batch in
            executed(batch, index == 1 ? .partial : index == 2 ? .rejected : .full)
        }
    }
}
