import Hummingbird
import Postgres

/// The read API:
///
/// - `GET /api/warehouses/{id}/orders?day=YYYY-MM-DD`: the day's order with its items and reasons.
/// - `GET /api/warehouses/{id}/sales-log?day=YYYY-MM-DD`: the day's sales log with reasons snapshots.
///
/// Each answer is one query. A day without an order (or without sales) answers an empty list, not 404:
/// "nothing was ordered" is a valid outcome of a tick.
enum WarehouseRoutes {
    static func add<Context: RequestContext>(to router: Router<Context>, store: WarehouseStore, pool: PostgresPool) {
        let warehouses = router.group("api/warehouses")
        warehouses.get(":id/orders") { request, context -> OrdersResponse in
            let query = try WarehouseDayQuery(request, context)
            let orders = try await pool.withConnection { try store.orders(warehouse: query.warehouse, day: query.day, on: $0) }
            return OrdersResponse(
                warehouseBuildingId: query.warehouse.rawValue, dayKey: query.day.description, orders: orders)
        }
        warehouses.get(":id/sales-log") { request, context -> SalesLogResponse in
            let query = try WarehouseDayQuery(request, context)
            let entries = try await pool.withConnection {
                try store.salesLog(warehouse: query.warehouse, day: query.day, on: $0)
            }
            return SalesLogResponse(
                warehouseBuildingId: query.warehouse.rawValue, dayKey: query.day.description, entries: entries)
        }
    }
}
