import EventContracts
import Foundation
import Postgres
import ServiceKit

/// The projection events of a run of a batch, reduced to the latest per key (a multi-row upsert
/// may not touch one row twice) and written as one pipeline of set-based statements.
struct ProjectionChanges {
    private var products: [String: ProductUpsert] = [:]
    private var companies: [String: (CatalogCompanyUpserted, Date)] = [:]
    private var links: [String: (BuyerLinked, Date)] = [:]
    private var refunds: [String: (CompanyRefundsReported, Date)] = [:]
    private var stock: [String: (ProductStockChanged, Date)] = [:]

    var isEmpty: Bool { products.isEmpty && companies.isEmpty && links.isEmpty && refunds.isEmpty && stock.isEmpty }

    /// Adds a projection event; false when `event` is not one.
    mutating func add(_ event: IncomingEvent) -> Bool {
        let time = event.envelope.time
        switch event.payload {
        case let product as CatalogProductUpserted:
            if let known = products[product.productId] {
                if known.product.version < product.version { products[product.productId] = known.superseded(by: product) }
            } else {
                products[product.productId] = ProductUpsert(product)
            }
        case let company as CatalogCompanyUpserted:
            if let known = companies[company.companyId], known.0.version >= company.version { return true }
            companies[company.companyId] = (company, time)
        case let link as BuyerLinked:
            links["\(link.buyerId)\u{1F}\(link.companyId)"] = (link, time)
        case let refund as CompanyRefundsReported:
            if let known = refunds[refund.companyId], known.1 > time { return true }
            refunds[refund.companyId] = (refund, time)
        case let change as ProductStockChanged:
            if let known = stock[change.productId], known.0.version >= change.version { return true }
            stock[change.productId] = (change, time)
        default:
            return false
        }
        return true
    }

    /// One statement per non-empty table, keys sorted so concurrent writers lock rows in one order.
    func statements(_ store: WaveStore) -> [PostgresStatement] {
        var statements: [PostgresStatement] = []
        if !products.isEmpty { statements.append(store.upsertProducts(Self.sorted(products))) }
        if !companies.isEmpty {
            let rows = Self.sorted(companies)
            statements.append(store.upsertCompanies(rows.map(\.0), at: rows.map(\.1)))
        }
        if !links.isEmpty {
            let rows = Self.sorted(links)
            statements.append(store.insertBuyerLinks(rows.map(\.0), at: rows.map(\.1)))
        }
        if !refunds.isEmpty {
            let rows = Self.sorted(refunds)
            statements.append(store.upsertRefunds(rows.map(\.0), at: rows.map(\.1)))
        }
        if !stock.isEmpty {
            let rows = Self.sorted(stock)
            statements.append(store.applyStockChanges(rows.map(\.0), at: rows.map(\.1)))
        }
        return statements
    }

    private static func sorted<Value>(_ rows: [String: Value]) -> [Value] {
        rows.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map(\.value)
    }
}
