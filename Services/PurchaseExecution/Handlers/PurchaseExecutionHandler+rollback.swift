import EventContracts
import Foundation
import ServiceKit

extension PurchaseExecutionHandler {
    /// Rolls back a run of waves atomically (issue 7 §4): every live sale of each wave is marked
    /// reversed, its units go back to stock (relative; unlimited stays unlimited) and out of
    /// `total_sold`, each company is debited once per wave in the ledger and in its balance, and the
    /// wave's rollback is recorded — which refuses the wave's later batches.
    ///
    /// Idempotent: a wave already rolled back changes nothing and re-emits its recorded figures, so
    /// twice is the same as once. Two round trips. Emits `wave.rolled_back` per wave and
    /// `product.stock.changed` per restocked product.
    func rollBack(_ run: [RollbackRequestEvent], in batch: inout Batch) throws {
        var requests: [(cause: EventEnvelope, request: RollbackRequest)] = []
        var seen = Set<String>()
        for item in run where seen.insert(item.payload.waveId).inserted {
            requests.append((item.event.envelope, RollbackRequest(
                waveId: item.payload.waveId, requestedBy: item.payload.requestedBy, reason: item.payload.reason)))
        }
        let waveIds = requests.map(\.request.waveId)
        let results = try batch.connection.pipeline(store.rollbackLockStatements(waveIds: waveIds))
        guard results.count == 4 else { throw UnexpectedResultCount(expected: 4, actual: results.count) }
        var recorded: [String: RollbackSummary] = [:]
        for row in results[0] {
            let wave: String = try row.decode(0)
            recorded[wave] = RollbackSummary(
                waveId: wave, reversedSales: try row.decode(1), restockedUnits: try row.decode(2), debitedCents: try row.decode(3))
        }
        var reversal = Reversal()
        for row in results[3] {
            try reversal.add(
                wave: row.decode(0), product: row.decode(1), company: row.decode(2), units: row.decode(3), cents: row.decode(4))
        }
        let fresh = requests.filter { recorded[$0.request.waveId] == nil }
        let summaries = fresh.map { ($0.request, reversal.summaries[$0.request.waveId] ?? RollbackSummary(waveId: $0.request.waveId)) }
        var stock: [StockState] = []
        if !reversal.isEmpty || !summaries.isEmpty {
            let writes = try batch.connection.pipeline(store.rollbackWriteStatements(
                units: reversal.sortedUnits, ledger: reversal.ledger, debits: reversal.sortedDebits, rollbacks: summaries))
            stock = try store.decodeStock(writes[0])
        }
        let now = Date()
        var causes: [String: EventEnvelope] = [:]
        for (cause, request) in requests {
            let summary = recorded[request.waveId] ?? reversal.summaries[request.waveId] ?? RollbackSummary(waveId: request.waveId)
            try batch.emit(CloudEvent(
                causedBy: cause, id: .random(), source: Self.source, time: now,
                data: WaveRolledBack(
                    waveId: summary.waveId, reversedSales: summary.reversedSales, restockedUnits: summary.restockedUnits,
                    debitedCents: summary.debitedCents)))
            for product in reversal.products(ofWave: request.waveId) where causes[product] == nil { causes[product] = cause }
        }
        try emitStockChanges(stock, causes: causes, time: now, in: &batch)
    }
}

/// The reversed sales of a rollback, summed per wave, product, company and (company, wave).
struct Reversal {
    private(set) var summaries: [String: RollbackSummary] = [:]
    private var units: [String: Int64] = [:]
    private var debits: [String: Int64] = [:]
    private var perCompanyAndWave: [String: [String: Int64]] = [:]
    private var productsByWave: [String: Set<String>] = [:]
    private var waveUnits: [String: Int64] = [:]
    private var waveCents: [String: Int64] = [:]

    var isEmpty: Bool { units.isEmpty }

    mutating func add(wave: String, product: String, company: String, units sold: Int64, cents: Int64) throws {
        try units.add(sold, to: product)
        try debits.add(cents, to: company)
        try perCompanyAndWave[company, default: [:]].add(cents, to: wave)
        var summary = summaries[wave] ?? RollbackSummary(waveId: wave)
        summary.reversedSales += 1
        try waveUnits.add(sold, to: wave)
        try waveCents.add(cents, to: wave)
        summary.restockedUnits = waveUnits[wave] ?? 0
        summary.debitedCents = waveCents[wave] ?? 0
        summaries[wave] = summary
        productsByWave[wave, default: []].insert(product)
    }

    var sortedUnits: [(String, Int64)] { units.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    var sortedDebits: [(String, Int64)] { debits.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    var ledger: [(company: String, wave: String, cents: Int64)] {
        perCompanyAndWave.sorted { $0.key < $1.key }.flatMap { company, waves in
            waves.sorted { $0.key < $1.key }.map { (company: company, wave: $0.key, cents: $0.value) }
        }
    }

    func products(ofWave wave: String) -> Set<String> { productsByWave[wave] ?? [] }
}
