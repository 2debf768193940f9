import Postgres
import WarehouseOrdersDomain

extension WarehouseStore {
    /// The warehouse's order of the day with its items, in `sort_index` order, each with the reasons of its
    /// listing's sales log row of the day (where they are stored): one query.
    func orders(warehouse: WarehouseID, day: DayKey, on connection: PostgresConnection) throws -> [OrdersResponse.Order] {
        let rows = try connection.query(
            """
            SELECT o.order_id, o.company_id, i.order_item_id, i.listing_id, i.product_template_id, i.player_product_id,
                   i.qty_ordered, i.qty_fulfilled, i.qty_shipped, i.sort_index, i.sale_price_cents, i.expected_units,
                   \(ReasonsColumns.selected(from: "s"))
            FROM \(table("customer_order")) o JOIN \(table("order_item")) i ON i.order_id = o.order_id
            JOIN \(table("daily_product_sales_log")) s ON s.listing_id = i.listing_id AND s.day_key = o.day_key
            WHERE o.warehouse_building_id = $1 AND o.day_key = $2::date
            ORDER BY o.order_id, i.sort_index
            """, [warehouse.rawValue, day.description])
        var orders: [OrdersResponse.Order] = []
        for row in rows {
            let orderId = try row.decode(0, as: String.self)
            let item = OrdersResponse.Item(
                orderItemId: try row.decode(2), listingId: try row.decode(3), productTemplateId: try row.decode(4),
                playerProductId: try row.decode(5), qtyOrdered: try row.decode(6), qtyFulfilled: try row.decode(7),
                qtyShipped: try row.decode(8), sortIndex: try row.decode(9), salePriceCents: try row.decode(10),
                expectedUnits: try row.decode(11), reasons: try ReasonsColumns.snapshot(row, at: 12))
            if orders.last?.orderId == orderId {
                orders[orders.count - 1].items.append(item)
            } else {
                orders.append(.init(orderId: orderId, companyId: try row.decode(1), items: [item]))
            }
        }
        return orders
    }

    /// The warehouse's sales log rows of the day: one query.
    func salesLog(warehouse: WarehouseID, day: DayKey, on connection: PostgresConnection) throws -> [SalesLogResponse.Entry] {
        try connection.query(
            """
            SELECT s.listing_id, s.company_id, s.market_zone, s.product_template_id, s.player_product_id, s.qty_ordered,
                   s.qty_shipped, s.expected_units, s.season_score, s.price_index, s.sale_price_cents, s.list_price_cents,
                   \(ReasonsColumns.selected(from: "s"))
            FROM \(table("daily_product_sales_log")) s
            WHERE s.warehouse_building_id = $1 AND s.day_key = $2::date ORDER BY s.listing_id
            """, [warehouse.rawValue, day.description]
        ).map { row in
            SalesLogResponse.Entry(
                listingId: try row.decode(0), companyId: try row.decode(1), marketZone: try row.decode(2),
                productTemplateId: try row.decode(3), playerProductId: try row.decode(4), qtyOrdered: try row.decode(5),
                qtyShipped: try row.decode(6), expectedUnits: try row.decode(7), seasonScore: try row.decode(8),
                priceIndex: try row.decode(9), salePriceCents: try row.decode(10), listPriceCents: try row.decode(11),
                reasonsSnapshot: try ReasonsColumns.snapshot(row, at: 12))
        }
    }

    /// (warehouse, owner) pairs to tick: every known warehouse, or the one asked for. One query.
    func warehouses(only id: WarehouseID?, on connection: PostgresConnection) throws -> [WarehouseBuilding] {
        try connection.query(
            """
            SELECT warehouse_building_id, company_id, market_zone FROM \(table("warehouse_building"))
            WHERE $1::text IS NULL OR warehouse_building_id = $1 ORDER BY warehouse_building_id
            """, [id?.rawValue]
        ).map(WarehouseBuilding.init(row:))
    }
}
