import EventContracts
import Foundation
import Postgres

/// A catalog as the catalog system publishes it, under ids no other run uses: 40 companies with one
/// product each, 30 days old (no new-product hold), each in its own category (no duplicate-listing
/// signature). Products 0…9 are scarce — one unit in stock, $10, top quality, so every wave wants
/// them — the rest hold 100 units at $1 to $10.
struct WaveMarket {
    let suffix = UUID().lowercaseText.prefix(8)
    let scarce = 0..<10
    let count = 40

    func company(_ n: Int) -> String { "co-\(suffix)-\(n)" }
    func product(_ n: Int) -> String { "pr-\(suffix)-\(n)" }
    func wave(_ name: String) -> String { "wave-\(suffix)-\(name)" }
    var productIds: [String] { (0..<count).map(product) }

    func publishCatalog(to system: SystemUnderTest) async throws {
        try await system.publish((0..<count).map {
            Outside.event(CatalogCompanyUpserted(
                companyId: company($0), version: 1, ownerId: "owner-\(company($0))", reputationScore: 0.5,
                balanceCents: 100_000_000, flaggedStatus: .none))
        })
        let created = Date().addingTimeInterval(-30 * 86_400)
        try await system.publish((0..<count).map { n in
            let isScarce = scarce.contains(n)
            return Outside.event(CatalogProductUpserted(
                productId: product(n), companyId: company(n), version: 1,
                priceCents: isScarce ? 1_000 : [100, 250, 500, 1_000][n % 4], qualityRating: isScarce ? 1 : 0.5,
                stockAvailable: initialStock(n), isActive: true, isArchived: false, category: "cat-\(product(n))",
                createdAt: created, updatedAt: created))
        })
    }

    /// A `wave.requested` as the scheduler publishes it, with a fixed seed so the plan is reproducible.
    func request(_ name: String, budgetCents: Int64) -> CloudEvent<WaveRequested> {
        Outside.event(WaveRequested(waveId: wave(name), budgetCents: budgetCents, seed: "e2e-\(name)", requestedBy: "e2e-scheduler"))
    }

    func initialStock(_ n: Int) -> Int64 { scarce.contains(n) ? 1 : 100 }

    /// `(id, units)` rows of every product's initial stock, for a `VALUES` list in SQL.
    var initialStockRows: String { (0..<count).map { "('\(product($0))', \(initialStock($0)))" }.joined(separator: ",") }

    /// The SQL list of this market's product ids, for queries on a service's schema.
    var productList: String { productIds.map { "'\($0)'" }.joined(separator: ",") }
}
