import Foundation
import PurchaseExecutionDomain

/// Everything the executed batches of one transaction write, as column arrays for set-based SQL:
/// the summed decrement per product, one sale record per bought line, one ledger credit per company
/// and batch, one balance update per company, one telemetry row per batch.
struct BatchWrites: Sendable {
    var productIds: [String] = []
    var productUnits: [Int64] = []

    var saleKeys: [String] = [], saleWaves: [String] = [], salePasses: [Int64] = [], saleBatches: [String] = []
    var saleCompanies: [String] = [], saleProducts: [String] = [], saleBuyers: [String] = [], saleStatuses: [String] = []
    var saleQuantities: [Int64] = [], salePrices: [Int64] = [], saleSpent: [Int64] = []

    var ledgerCompanies: [String] = [], ledgerWaves: [String] = [], ledgerBatches: [String] = [], ledgerAmounts: [Int64] = []
    var balanceCompanies: [String] = [], balanceAmounts: [Int64] = []

    var telemetryWaves: [String] = [], telemetryBatches: [String] = [], telemetryPasses: [Int64] = []
    var telemetryCompanies: [String] = [], telemetrySpent: [Int64] = [], telemetryItems: [String] = []

    /// The compact `items` entry of a telemetry row (§11).
    private struct TelemetryItem: Encodable {
        let productId: String
        let qty: Int64
        let price: Int64
    }

    init(_ executed: [(request: PurchaseBatchRequest, execution: BatchExecution)]) throws {
        var units: [String: Int64] = [:]
        var balances: [String: Int64] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (request, execution) in executed {
            for sale in execution.soldUnits { try units.add(sale.units, to: sale.productId) }
            for credit in execution.companyCredits where credit.amountCents > 0 {
                ledgerCompanies.append(credit.companyId)
                ledgerWaves.append(execution.waveId)
                ledgerBatches.append(execution.batchId)
                ledgerAmounts.append(credit.amountCents)
                try balances.add(credit.amountCents, to: credit.companyId)
            }
            var lines: [TelemetryItem] = []
            for (item, outcome) in zip(request.items, execution.items) where outcome.quantity > 0 {
                saleKeys.append(outcome.idempotencyKey)
                saleWaves.append(execution.waveId)
                salePasses.append(Int64(execution.pass))
                saleBatches.append(execution.batchId)
                saleCompanies.append(request.companyId)
                saleProducts.append(outcome.productId)
                saleBuyers.append(item.buyerId)
                saleStatuses.append(outcome.status.rawValue)
                saleQuantities.append(outcome.quantity)
                salePrices.append(outcome.unitPriceCents)
                saleSpent.append(outcome.spentCents)
                lines.append(TelemetryItem(productId: outcome.productId, qty: outcome.quantity, price: outcome.unitPriceCents))
            }
            telemetryWaves.append(execution.waveId)
            telemetryBatches.append(execution.batchId)
            telemetryPasses.append(Int64(execution.pass))
            telemetryCompanies.append(request.companyId)
            telemetrySpent.append(execution.spentCents)
            telemetryItems.append(String(decoding: try encoder.encode(lines), as: UTF8.self))
        }
        for (id, sold) in units.sorted(by: { $0.key < $1.key }) {
            productIds.append(id)
            productUnits.append(sold)
        }
        for (id, amount) in balances.sorted(by: { $0.key < $1.key }) {
            balanceCompanies.append(id)
            balanceAmounts.append(amount)
        }
    }
}
