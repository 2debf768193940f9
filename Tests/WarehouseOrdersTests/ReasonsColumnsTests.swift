import Foundation
import Postgres
import Testing
@testable import warehouse_orders
import WarehouseOrdersDomain

/// The stored reasons are built by PostgreSQL (`ReasonsColumns.json`) while ``ReasonsSnapshot`` encodes the
/// same object in Swift: the two must stay the same document, key for key, null for null.
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

    @Test func postgresBuildsTheDocumentSwiftEncodes() async throws {
        try await WarehouseTestDatabase.with { db in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let swift = try Self.snapshots.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            let rows = try await db.pool.withConnection { connection in
                try connection.query(
                    """
                    SELECT \(ReasonsColumns.json) = u.swift::jsonb, (\(ReasonsColumns.json))::text
                    FROM UNNEST(\(ReasonsColumns.arrays(from: 1)), $12::text[]) AS u(\(ReasonsColumns.names), swift)
                    """, ReasonsColumns.parameters(Self.snapshots) + [swift])
            }
            #expect(rows.count == Self.snapshots.count)
            for (index, row) in rows.enumerated() {
                let stored: String = try row.decode(1)
                #expect(try row.decode(0, as: Bool.self), "row \(index): \(stored) is not \(swift[index])")
                #expect(try ReasonsJSON.decode(stored) == Self.snapshots[index])
            }
        }
    }
}
