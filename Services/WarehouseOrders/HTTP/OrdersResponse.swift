import Hummingbird
import WarehouseOrdersDomain

/// `GET /api/warehouses/{id}/orders?day=`: the warehouse's orders of that day (at most one, D002-05).
struct OrdersResponse: ResponseCodable, Equatable {
    var warehouseBuildingId: String
    var dayKey: String
    var orders: [Order]

    struct Order: Codable, Equatable, Sendable {
        var orderId: String
        var companyId: String
        var items: [Item]
    }

    /// One order line with its fulfilment counters and the reasons that sized it.
    struct Item: Codable, Equatable, Sendable {
        var orderItemId: String
        var listingId: String
        var productTemplateId: String
        var playerProductId: String
        var qtyOrdered: Int64
        var qtyFulfilled: Int64
        var qtyShipped: Int64
        var sortIndex: Int64
        /// The effective price `salePrice ?? listPrice` (D002-18).
        var salePriceCents: Int64
        var expectedUnits: Int64
        var reasons: ReasonsSnapshot
    }
}
