import Foundation
import Postgres
import Testing
import TestSupport
@testable import warehouse_orders
import WarehouseOrdersDomain

/// The reasons snapshot is stored as columns of the sales log row (migration 0002) and read back into the
/// same ``ReasonsSnapshot``, null band and absent `missingSeasonScenario` included.
struct ReasonsColumnsTests {
    static let snapshots = [
        ReasonsSnapshot(
            baseDesired: 3, expectedUnits: 4, priceIndex: 1.25, priceMultiplier: 0.85, seasonScore: 0.1, tierUsed: 5,
            bandMatched: true, resolvedBandCategoryId: "l2", blockedByPrice: false, blockedBySeason: false,
            missingSeasonScenario: true),
        ReasonsSnapshot(
            baseDesired: 1, expectedUnits: 1, priceIndex: 0.3, priceMultiplier: 0, seasonScore: 0, tierUsed: 1,
            bandMatched: false, resolvedBandCategoryId: nil, blockedByPrice: true, blockedBySeason: true,
            missingSeasonScenario: false),
    ]
    static let day = DayKey("2025-03-10")!

    /// Sales log rows of listings L0, L1, … carrying `snapshots` in order.
    static func salesLog() -> [DailySalesLogRow] {
        snapshots.enumerated().map { index, reasons in
            DailySalesLogRow(
                listingId: ListingID("L\(index)"), dayKey: day, companyId: "c1", marketZone: .usa, warehouseBuildingId: "w1",
                productTemplateId: "t1", playerProductId: PlayerProductID("p\(index)"), qtyOrdered: 2, expectedUnits: reasons.expectedUnits,
                seasonScore: reasons.seasonScore, priceIndex: reasons.priceIndex, reasons: reasons, salePrice: nil,
                listPrice: 900)
        }
    }

    @Test func aWrittenSnapshotReadsBackUnchanged() async throws {
        try await WarehouseTestDatabase.with { db in
            let result = DayTickResult(
                companyId: "c1", warehouseBuildingId: "w1", dayKey: Self.day, marketZone: .usa, order: nil,
                pausedListings: [], inventoryReservations: [], salesLog: Self.salesLog(), evaluations: [],
                listingsWithoutTemplate: [], summary: DayCompletedSummary())
            let store = db.store
            try await db.pool.transaction { try store.write(result, on: $0) }
            let entries = try await db.pool.withConnection { try store.salesLog(warehouse: "w1", day: Self.day, on: $0) }
            #expect(entries.map(\.reasonsSnapshot) == Self.snapshots)
        }
    }

    /// A sales log written before 0002 (reasons as a jsonb document, the way ``ReasonsSnapshot`` encodes
    /// them) reads back the same after the migration moved the document into columns.
    @Test func theMigrationMovesStoredDocumentsIntoColumns() async throws {
        let migrations = try WarehouseMigrations.load()
        let first = try #require(migrations.first { $0.version == 1 })
        try await MigratedSchema.with(prefix: "wo", migrations: [first], logger: WarehouseTestDatabase.logger) { old in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let documents = try Self.snapshots.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            #expect(documents[1].contains("\"resolvedBandCategoryId\":null"))
            #expect(!documents[1].contains("missingSeasonScenario"))
            let rows = Self.salesLog()
            try await old.pool.withConnection { connection in
                try connection.query(
                    """
                    INSERT INTO \(old.schema).daily_product_sales_log (listing_id, day_key, company_id, market_zone,
                      warehouse_building_id, product_template_id, player_product_id, qty_ordered, expected_units,
                      season_score, price_index, reasons_snapshot, list_price_cents)
                    SELECT u.listing, $1::date, 'c1', 'USA', 'w1', 't1', u.listing, 2, u.expected, u.season, u.price_index,
                           u.reasons::jsonb, 900
                    FROM UNNEST($2::text[], $3::bigint[], $4::float8[], $5::float8[], $6::text[])
                      AS u(listing, expected, season, price_index, reasons)
                    """,
                    [
                        Self.day.description, rows.map(\.listingId.rawValue), rows.map(\.expectedUnits),
                        rows.map(\.seasonScore), rows.map(\.priceIndex), documents,
                    ])
            }
            try await old.migrate(migrations, logger: WarehouseTestDatabase.logger)
            let store = WarehouseStore(schema: old.schema)
            let entries = try await old.pool.withConnection { try store.salesLog(warehouse: "w1", day: Self.day, on: $0) }
            #expect(entries.map(\.reasonsSnapshot) == Self.snapshots)
        }
    }
}
