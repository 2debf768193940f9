import EventContracts
import Foundation

/// The catalog and batches of one run: `companies` companies with `linesPerBatch` products each
/// (unlimited stock, so every line fills), and `batches` batches of one company each, round robin.
struct BenchWorkload: Sendable {
    let companies: Int
    let linesPerBatch: Int
    let batches: Int

    var lines: Int { batches * linesPerBatch }

    static let time = Date(timeIntervalSince1970: 1_764_000_000)

    static func price(product: Int) -> Int64 { 500 + Int64(product % 97) * 25 }

    func catalog() throws -> [(type: String, body: [UInt8])] {
        var messages: [(String, [UInt8])] = []
        for company in 0..<companies {
            messages.append(try Self.message(CatalogCompanyUpserted(
                companyId: "c\(company)", version: 1, ownerId: "o\(company)", reputationScore: 0.5, balanceCents: 0,
                flaggedStatus: .none)))
            for line in 0..<linesPerBatch {
                let product = company * linesPerBatch + line
                messages.append(try Self.message(CatalogProductUpserted(
                    productId: "p\(product)", companyId: "c\(company)", version: 1, priceCents: Self.price(product: product),
                    qualityRating: 0.7, stockAvailable: nil, isActive: true, isArchived: false, createdAt: Self.time,
                    updatedAt: Self.time)))
            }
        }
        return messages
    }

    var productCount: Int { companies * linesPerBatch }

    func batchMessages() throws -> [(type: String, body: [UInt8])] {
        try (0..<batches).map { batch in
            let company = batch % companies
            let wave = "bench-w\(batch / companies)"
            let items = (0..<linesPerBatch).map { line in
                let product = company * linesPerBatch + line
                let price = Self.price(product: product)
                return PurchaseBatchRequested.Item(
                    idempotencyKey: "\(wave):b\(batch):p\(product)", productId: "p\(product)", quantity: 2,
                    unitPriceCents: price, plannedSpendCents: 2 * price, buyerId: "sim_bench")
            }
            return try Self.message(PurchaseBatchRequested(
                waveId: wave, pass: 1, batchId: "b\(batch)", companyId: "c\(company)", items: items))
        }
    }

    private static func message<P: EventPayload>(_ data: P) throws -> (type: String, body: [UInt8]) {
        (P.eventType, Array(try CloudEvent(id: UUID(), source: "urn:market:bench", time: time, data: data).jsonBytes()))
    }
}
