import EventContracts
import Foundation
import ServiceKit

/// A small catalog as the catalog system publishes it.
enum Catalog {
    static let day: TimeInterval = 86_400

    static func product(
        _ id: String, company: String, priceCents: Int64, quality: Double = 0.8, stock: Int64? = 100,
        version: Int64 = 1, createdDaysAgo: Double = 30, now: Date = Date(), category: String? = nil,
        updatedAt: Date? = nil
    ) -> CatalogProductUpserted {
        let created = now.addingTimeInterval(-createdDaysAgo * day)
        return CatalogProductUpserted(
            productId: id, companyId: company, version: version, priceCents: priceCents, qualityRating: quality,
            stockAvailable: stock, isActive: true, isArchived: false, category: category ?? "cat-\(id)",
            createdAt: created, updatedAt: updatedAt ?? created)
    }

    static func company(_ id: String, version: Int64 = 1, balanceCents: Int64 = 100_000_000) -> CatalogCompanyUpserted {
        CatalogCompanyUpserted(
            companyId: id, version: version, ownerId: "owner-\(id)", reputationScore: 0.5, balanceCents: balanceCents,
            flaggedStatus: .none)
    }

    /// `count` products of `companies` companies at a few price points, each with `stock` units.
    static func events(products count: Int, companies: Int, stock: Int64? = 100, now: Date = Date()) throws -> [IncomingEvent] {
        let prices: [Int64] = [100, 250, 500, 1_000]
        var events = try (0..<companies).map { try Events.incoming(company("c\($0)")) }
        events += try (0..<count).map { index in
            try Events.incoming(
                product("p\(index)", company: "c\(index % companies)", priceCents: prices[index % prices.count], stock: stock, now: now))
        }
        return events
    }
}
