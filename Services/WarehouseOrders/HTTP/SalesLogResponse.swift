import Hummingbird
import WarehouseOrdersDomain

/// `GET /api/warehouses/{id}/sales-log?day=`: the day's sales log rows with their reasons snapshot
/// (D002-20), in listing id order.
struct SalesLogResponse: ResponseCodable, Equatable {
    var warehouseBuildingId: String
    var dayKey: String
    var entries: [Entry]

    struct Entry: Codable, Equatable, Sendable {
        var listingId: String
        var companyId: String
        var marketZone: String
        var productTemplateId: String
        var playerProductId: String
        var qtyOrdered: Int64
        var qtyShipped: Int64
        var expectedUnits: Int64
        var seasonScore: Double
        var priceIndex: Double
        /// The listing's own sale price; absent when it has none.
        var salePriceCents: Int64?
        var listPriceCents: Int64
        var reasonsSnapshot: ReasonsSnapshot
    }
}
