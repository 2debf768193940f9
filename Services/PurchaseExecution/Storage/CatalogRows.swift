import EventContracts

/// The newest catalog facts of one consumed batch, one row per key (a multi-row upsert may not
/// touch a row twice), ready for set-based upserts.
struct CatalogRows: Sendable {
    private(set) var products: [String: CatalogProductUpserted] = [:]
    private(set) var companies: [String: CatalogCompanyUpserted] = [:]
    private(set) var links: [String: BuyerLinked] = [:]

    var isEmpty: Bool { products.isEmpty && companies.isEmpty && links.isEmpty }

    /// Keeps the higher version of a product or company; among equal versions the later delivery,
    /// which the stored-version guard then ignores anyway.
    mutating func add(_ payload: any EventPayload) {
        switch payload {
        case let product as CatalogProductUpserted:
            if let current = products[product.productId], current.version > product.version { return }
            products[product.productId] = product
        case let company as CatalogCompanyUpserted:
            if let current = companies[company.companyId], current.version > company.version { return }
            companies[company.companyId] = company
        case let link as BuyerLinked:
            links["\(link.buyerId)\u{0}\(link.companyId)"] = link
        default:
            return
        }
    }

    /// Rows sorted by key, so concurrent writers lock rows in one order.
    var sortedProducts: [CatalogProductUpserted] { products.values.sorted { $0.productId < $1.productId } }
    var sortedCompanies: [CatalogCompanyUpserted] { companies.values.sorted { $0.companyId < $1.companyId } }
    var sortedLinks: [BuyerLinked] {
        links.values.sorted { ($0.buyerId, $0.companyId) < ($1.buyerId, $1.companyId) }
    }
}
