import Money

/// Why a piece of reference data (a building, listing, band, …) was refused.
///
/// Every case names the offending field and value, so a dead-lettered event or an HTTP 4xx
/// answer says exactly what to fix. Produced by the `validate` methods of the reference types;
/// nothing is stored when one is thrown.
public enum ReferenceDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An id or name is empty.
    case emptyIdentifier(field: String)
    /// An id contains `:`, the separator of the jitter seed (D002-03), so two different id
    /// combinations could produce the same seed string.
    case identifierContainsSeparator(field: String, value: String)
    /// A count or amount is below zero.
    case negative(field: String, value: Int64)
    /// A count exceeds ``ReferenceLimits/maxQuantity``.
    case exceedsLimit(field: String, value: Int64, limit: Int64)
    /// A price that must be positive is zero or negative (D002-18).
    case nonPositivePrice(field: String, value: Cents)
    /// A ratio that must be positive is zero or negative.
    case nonPositiveRatio(field: String, value: Double)
    /// A ratio is NaN or infinite.
    case notFinite(field: String)
    /// A ratio is outside its allowed range.
    case outOfRange(field: String, value: Double, allowed: ClosedRange<Double>)
    /// A band's tier range is empty or leaves 1…5 (D002-13).
    case invalidTierRange(tierMin: Int64, tierMax: Int64)
    /// A band breaks `0 ≤ minDaily ≤ expectedMode ≤ maxDaily` (D002-10).
    case dailyRangeOutOfOrder(minDaily: Int64, expectedMode: Int64?, maxDaily: Int64)
    /// An active band overlaps another active band of the same category and quality (D002-09).
    case overlappingBand(bandId: DemandBandID, existingBandId: DemandBandID)
    /// A category names itself as its parent.
    case categoryIsOwnParent(CategoryID)

    public var description: String {
        switch self {
        case .emptyIdentifier(let field):
            "\(field) must not be empty"
        case .identifierContainsSeparator(let field, let value):
            "\(field) '\(value)' must not contain ':'"
        case .negative(let field, let value):
            "\(field) must be ≥ 0, got \(value)"
        case .exceedsLimit(let field, let value, let limit):
            "\(field) must be ≤ \(limit), got \(value)"
        case .nonPositivePrice(let field, let value):
            "\(field) must be > 0 cents, got \(value.rawValue)"
        case .nonPositiveRatio(let field, let value):
            "\(field) must be > 0, got \(value)"
        case .notFinite(let field):
            "\(field) must be a finite number"
        case .outOfRange(let field, let value, let allowed):
            "\(field) must be within \(allowed.lowerBound)…\(allowed.upperBound), got \(value)"
        case .invalidTierRange(let tierMin, let tierMax):
            "tier range must satisfy 1 ≤ tierMin ≤ tierMax ≤ 5, got \(tierMin)…\(tierMax)"
        case .dailyRangeOutOfOrder(let minDaily, let expectedMode, let maxDaily):
            "band must satisfy 0 ≤ minDaily ≤ expectedMode ≤ maxDaily, got min \(minDaily), "
                + "mode \(expectedMode.map(String.init) ?? "none"), max \(maxDaily)"
        case .overlappingBand(let bandId, let existingBandId):
            "active band \(bandId) overlaps active band \(existingBandId) in category, quality and tiers"
        case .categoryIsOwnParent(let id):
            "category \(id) cannot be its own parent"
        }
    }
}
