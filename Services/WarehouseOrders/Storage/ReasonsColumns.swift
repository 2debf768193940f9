import Postgres
import WarehouseOrdersDomain

/// The reasons snapshot's columns of `daily_product_sales_log` (migration 0002).
///
/// Eight fields have a column of their own; `expectedUnits`, `priceIndex` and `seasonScore` are the row's
/// `expected_units`, `price_index` and `season_score`, which a tick writes from the same values. The API's
/// object (the seed's keys, D002-20) is ``ReasonsSnapshot``'s encoding of what ``snapshot(_:at:)`` reads.
enum ReasonsColumns {
    private static let columns = [
        ("base_desired", "bigint"), ("price_multiplier", "float8"), ("tier_used", "bigint"), ("band_matched", "boolean"),
        ("resolved_band_category_id", "text"), ("blocked_by_price", "boolean"), ("blocked_by_season", "boolean"),
        ("missing_season_scenario", "boolean"),
    ]

    /// The eight columns in ``parameters(_:)`` order, for an INSERT's column list and an UNNEST's aliases.
    static let names = columns.map(\.0).joined(separator: ", ")

    /// `u.base_desired, …`: the eight columns of the UNNEST aliased `alias`.
    static func qualified(by alias: String) -> String {
        columns.map { "\(alias).\($0.0)" }.joined(separator: ", ")
    }

    /// `base_desired = EXCLUDED.base_desired, …`: an upsert's update of the eight.
    static let updatedFromExcluded = columns.map { "\($0.0) = EXCLUDED.\($0.0)" }.joined(separator: ", ")

    /// `$first::bigint[], …`: the UNNEST arguments of the eight arrays.
    static func arrays(from first: Int) -> String {
        columns.enumerated().map { "$\(first + $0.offset)::\($0.element.1)[]" }.joined(separator: ", ")
    }

    static func parameters(_ reasons: [ReasonsSnapshot]) -> [any PostgresBindable] {
        [
            reasons.map(\.baseDesired), reasons.map(\.priceMultiplier), reasons.map(\.tierUsed), reasons.map(\.bandMatched),
            reasons.map { $0.resolvedBandCategoryId?.rawValue }, reasons.map(\.blockedByPrice),
            reasons.map(\.blockedBySeason), reasons.map(\.missingSeasonScenario),
        ]
    }

    /// The SELECT list ``snapshot(_:at:)`` reads from the sales log row aliased `alias`: its eight columns,
    /// then `expected_units`, `price_index` and `season_score`.
    static func selected(from alias: String) -> String {
        qualified(by: alias) + ", \(alias).expected_units, \(alias).price_index, \(alias).season_score"
    }

    /// The snapshot from the eleven columns of ``selected(from:)``, starting at column `first`.
    static func snapshot(_ row: PostgresRow, at first: Int) throws -> ReasonsSnapshot {
        ReasonsSnapshot(
            baseDesired: try row.decode(first), expectedUnits: try row.decode(first + 8),
            priceIndex: try row.decode(first + 9), priceMultiplier: try row.decode(first + 1),
            seasonScore: try row.decode(first + 10), tierUsed: try row.decode(first + 2),
            bandMatched: try row.decode(first + 3),
            resolvedBandCategoryId: try row.decode(first + 4, as: String?.self).map { CategoryID(rawValue: $0) },
            blockedByPrice: try row.decode(first + 5), blockedBySeason: try row.decode(first + 6),
            missingSeasonScenario: try row.decode(first + 7))
    }
}
