import Foundation
import Postgres
import WarehouseOrdersDomain

extension WarehouseStore {
    /// Writes one day tick's decisions in ONE pipeline inside the tick's transaction: the marker's
    /// order id, the order and its items, the sales log upserts (keeping `qty_shipped`, D002-20; the only
    /// copy of the items' reasons), the stock reservations (D002-04) and the pauses (D002-19). Each is one
    /// set-based statement.
    func write(_ result: DayTickResult, on connection: PostgresConnection) throws {
        _ = try connection.pipeline(statements(writing: result))
    }

    /// ``write(_:on:)`` with `work` running on another thread while the server executes the writes; returns
    /// what `work` returned.
    func write<Overlapped: Sendable>(
        _ result: DayTickResult, on connection: PostgresConnection,
        overlapping work: @escaping @Sendable () throws -> Overlapped
    ) throws -> Overlapped {
        try connection.pipeline(statements(writing: result), overlapping: work).overlapped
    }

    private func statements(writing result: DayTickResult) -> [PostgresStatement] {
        var statements: [PostgresStatement] = []
        let warehouse = result.warehouseBuildingId.rawValue
        if let order = result.order {
            statements += orderStatements(order)
        }
        if !result.salesLog.isEmpty { statements.append(salesLogUpsert(result.salesLog)) }
        if !result.inventoryReservations.isEmpty {
            let reservations = result.inventoryReservations
            statements.append(PostgresStatement(
                """
                UPDATE \(table("inventory_item")) AS i
                SET qty_on_hand = i.qty_on_hand - u.reserved, updated_at = now()
                FROM UNNEST($2::text[], $3::bigint[]) AS u(product_template_id, reserved)
                WHERE i.warehouse_building_id = $1 AND i.product_template_id = u.product_template_id
                """,
                [warehouse, reservations.map(\.productTemplateId.rawValue), reservations.map(\.reserved)]))
        }
        if !result.pausedListings.isEmpty {
            statements.append(PostgresStatement(
                """
                UPDATE \(table("listing")) SET status = 'PAUSED', pause_reason = $2, updated_at = now()
                WHERE listing_id = ANY($1::text[]) AND status = 'LISTED'
                """,
                [result.pausedListings.map(\.listingId.rawValue), PauseReason.outOfStock.rawValue]))
        }
        return statements
    }

    private func orderStatements(_ order: WarehouseOrder) -> [PostgresStatement] {
        let items = order.items
        return [
            PostgresStatement(
                "UPDATE \(table("warehouse_day_tick")) SET order_id = $3 WHERE warehouse_building_id = $1 AND day_key = $2::date",
                [order.warehouseBuildingId.rawValue, order.dayKey.description, order.id.rawValue]),
            PostgresStatement(
                """
                INSERT INTO \(table("customer_order")) (order_id, company_id, warehouse_building_id, day_key)
                VALUES ($1, $2, $3, $4::date)
                """,
                [order.id.rawValue, order.companyId.rawValue, order.warehouseBuildingId.rawValue, order.dayKey.description]),
            PostgresStatement(
                """
                INSERT INTO \(table("order_item")) (order_item_id, order_id, listing_id, product_template_id,
                  player_product_id, qty_ordered, sort_index, sale_price_cents, expected_units)
                SELECT u.id, $1, u.listing, u.template, u.player_product, u.qty, u.sort_index, u.price, u.expected
                FROM UNNEST($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::int[], $8::bigint[],
                            $9::bigint[])
                  AS u(id, listing, template, player_product, qty, sort_index, price, expected)
                """,
                [
                    order.id.rawValue, items.map(\.id.rawValue), items.map(\.listingId.rawValue),
                    items.map(\.productTemplateId.rawValue), items.map(\.playerProductId.rawValue), items.map(\.qtyOrdered),
                    items.map(\.sortIndex), items.map(\.salePrice.rawValue), items.map(\.expectedUnits),
                ]),
        ]
    }

    private func salesLogUpsert(_ rows: [DailySalesLogRow]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("daily_product_sales_log")) (listing_id, day_key, company_id, market_zone,
              warehouse_building_id, product_template_id, player_product_id, qty_ordered, qty_shipped, expected_units,
              season_score, price_index, sale_price_cents, list_price_cents, \(ReasonsColumns.names))
            SELECT u.listing, u.day::date, u.company, u.zone, u.warehouse, u.template, u.player_product, u.qty, 0,
                   u.expected, u.season, u.price_index, u.sale_price, u.list_price, \(ReasonsColumns.qualified(by: "u"))
            FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                        $8::bigint[], $9::bigint[], $10::float8[], $11::float8[], $12::bigint[], $13::bigint[],
                        \(ReasonsColumns.arrays(from: 14)))
              AS u(listing, day, company, zone, warehouse, template, player_product, qty, expected, season, price_index,
                   sale_price, list_price, \(ReasonsColumns.names))
            ON CONFLICT (listing_id, day_key) DO UPDATE SET
              qty_ordered = EXCLUDED.qty_ordered, expected_units = EXCLUDED.expected_units,
              season_score = EXCLUDED.season_score, price_index = EXCLUDED.price_index,
              sale_price_cents = EXCLUDED.sale_price_cents, list_price_cents = EXCLUDED.list_price_cents,
              \(ReasonsColumns.updatedFromExcluded), updated_at = now()
            """,
            [
                rows.map(\.listingId.rawValue), rows.map(\.dayKey.description), rows.map(\.companyId.rawValue),
                rows.map(\.marketZone.rawValue), rows.map(\.warehouseBuildingId.rawValue),
                rows.map(\.productTemplateId.rawValue), rows.map(\.playerProductId.rawValue), rows.map(\.qtyOrdered),
                rows.map(\.expectedUnits), rows.map(\.seasonScore), rows.map(\.priceIndex),
                rows.map { $0.salePrice?.rawValue }, rows.map(\.listPrice.rawValue),
            ] + ReasonsColumns.parameters(rows.map(\.reasons)))
    }
}
