import Foundation
import Postgres
import WarehouseOrdersDomain

/// The `reasons_snapshot` column's JSON: the seed's keys (D002-20), as ``ReasonsSnapshot`` encodes them.
///
/// Written by PostgreSQL from one array per field (`jsonb_build_object` over the statement's UNNEST), so a
/// 10,000-listing tick does not encode 20,000 small JSON documents in Swift; read back with ``decode(_:)``.
enum ReasonsJSON {
    static func decode(_ text: String) throws -> ReasonsSnapshot {
        try JSONDecoder().decode(ReasonsSnapshot.self, from: Data(text.utf8))
    }
}

/// A statement's reasons snapshots as UNNEST columns, and the expression that builds each row's jsonb.
enum ReasonsColumns {
    /// The columns' aliases, in ``parameters(_:)`` order, for the UNNEST's column list.
    static let names =
        "r_base, r_expected, r_price_index, r_price_multiplier, r_season, r_tier, r_band_matched, r_band_category, "
        + "r_blocked_by_price, r_blocked_by_season, r_missing_season"

    private static let types = [
        "bigint", "bigint", "float8", "float8", "float8", "bigint", "boolean", "text", "boolean", "boolean", "boolean",
    ]

    /// `$first::bigint[], …`: the UNNEST arguments of the eleven arrays.
    static func arrays(from first: Int) -> String {
        types.enumerated().map { "$\(first + $0.offset)::\($0.element)[]" }.joined(separator: ", ")
    }

    /// The same object ``ReasonsSnapshot`` encodes: an explicit null band category, and
    /// `missingSeasonScenario` only when true.
    static let json = """
        jsonb_build_object('baseDesired', u.r_base, 'expectedUnits', u.r_expected, 'priceIndex', u.r_price_index,
          'priceMultiplier', u.r_price_multiplier, 'seasonScore', u.r_season, 'tierUsed', u.r_tier,
          'bandMatched', u.r_band_matched, 'resolvedBandCategoryId', u.r_band_category,
          'blockedByPrice', u.r_blocked_by_price, 'blockedBySeason', u.r_blocked_by_season)
          || CASE WHEN u.r_missing_season THEN '{"missingSeasonScenario": true}'::jsonb ELSE '{}'::jsonb END
        """

    static func parameters(_ reasons: [ReasonsSnapshot]) -> [any PostgresBindable] {
        [
            reasons.map(\.baseDesired), reasons.map(\.expectedUnits), reasons.map(\.priceIndex),
            reasons.map(\.priceMultiplier), reasons.map(\.seasonScore), reasons.map(\.tierUsed),
            reasons.map(\.bandMatched), reasons.map { $0.resolvedBandCategoryId?.rawValue }, reasons.map(\.blockedByPrice),
            reasons.map(\.blockedBySeason), reasons.map(\.missingSeasonScenario),
        ]
    }
}
