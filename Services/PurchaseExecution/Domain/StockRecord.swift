/// How catalog stock updates (absolute, versioned) and purchases (relative) combine on one product.
///
/// The rule:
/// 1. `catalog.product.upserted` carries the seller's absolute stock at a catalog `version`. A
///    version greater than the stored one **replaces** the stock (a restock or a write-off is a
///    statement of the whole inventory). An equal or older version is a redelivery or arrived out
///    of order and changes nothing — not even the stock, so a late update cannot resurrect units.
/// 2. A purchase is a **relative** decrement of whatever the current stock is. It applies only when
///    enough units exist (the SQL form is `stock = stock − q WHERE stock IS NULL OR stock >= q`),
///    so stock never goes negative. Unlimited (nil) stays unlimited. `totalSold` always grows.
/// 3. Purchases never change the catalog version. Every applied change (either kind) bumps
///    `changeSequence`, the monotonic version carried by `product.stock.changed`.
///
/// Consequence: the catalog's absolute value wins over purchases made before it was applied, so
/// the catalog is expected to have counted those sales (it consumes `product.stock.changed`).
public struct StockRecord: Sendable, Equatable, Codable {
    public private(set) var catalogVersion: Int64
    public private(set) var stockAvailable: Int64?
    public private(set) var totalSold: Int64
    public private(set) var changeSequence: Int64

    public init(catalogVersion: Int64, stockAvailable: Int64?, totalSold: Int64 = 0) {
        self.catalogVersion = catalogVersion
        self.stockAvailable = stockAvailable.map { max(0, $0) }
        self.totalSold = totalSold
        changeSequence = 0
    }

    /// Rule 1. Returns whether the update was applied. A negative absolute stock is stored as 0.
    @discardableResult
    public mutating func applyCatalogUpdate(version: Int64, stockAvailable: Int64?) -> Bool {
        guard version > catalogVersion else { return false }
        catalogVersion = version
        self.stockAvailable = stockAvailable.map { max(0, $0) }
        changeSequence += 1
        return true
    }

    /// Rule 2. Returns whether the purchase applied; a purchase needing more than the stock does nothing.
    @discardableResult
    public mutating func applyPurchase(units: Int64) -> Bool {
        let (sold, overflow) = totalSold.addingReportingOverflow(units)
        guard units > 0, !overflow else { return false }
        if let stock = stockAvailable {
            guard stock >= units else { return false }
            stockAvailable = stock - units
        }
        totalSold = sold
        changeSequence += 1
        return true
    }
}
