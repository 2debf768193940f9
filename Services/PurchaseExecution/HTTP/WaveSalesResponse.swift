import Hummingbird

/// A wave's sales for audit, with the totals of those not reversed.
struct WaveSalesResponse: ResponseEncodable, Equatable {
    let waveId: String
    let sales: [SaleRecord]
    /// Sales not reversed by a rollback.
    let liveSales: Int
    /// What the live sales spent.
    let liveSpentCents: Int64

    init(waveId: String, sales: [SaleRecord]) {
        self.waveId = waveId
        self.sales = sales
        let live = sales.filter { $0.reversedAt == nil }
        liveSales = live.count
        // Stored amounts are bounded by the batch checks; a wrapping sum would need 2^63 cents.
        liveSpentCents = live.reduce(0) { $0 &+ $1.spentCents }
    }
}
