/// Bounds that keep every reference value far from integer overflow, so the day tick's
/// arithmetic on validated data can never trap.
public enum ReferenceLimits {
    /// The largest stock level or daily demand accepted (10⁹ units).
    public static let maxQuantity: Int64 = 1_000_000_000

    /// The demand tiers (D002-13): the tier is clamped into this range, so a band outside it
    /// could never match.
    public static let tiers: ClosedRange<Int64> = 1...5
}

/// Shared field checks of the reference types' `validate` methods.
enum Check {
    static func identifier<Tag>(_ id: Identifier<Tag>, _ field: String) throws(ReferenceDataError) {
        if id.rawValue.isEmpty { throw .emptyIdentifier(field: field) }
        if id.rawValue.contains(":") {
            throw .identifierContainsSeparator(field: field, value: id.rawValue)
        }
    }

    static func quantity(_ value: Int64, _ field: String) throws(ReferenceDataError) {
        if value < 0 { throw .negative(field: field, value: value) }
        if value > ReferenceLimits.maxQuantity {
            throw .exceedsLimit(field: field, value: value, limit: ReferenceLimits.maxQuantity)
        }
    }

    static func finite(_ value: Double, _ field: String) throws(ReferenceDataError) {
        if !value.isFinite { throw .notFinite(field: field) }
    }
}
