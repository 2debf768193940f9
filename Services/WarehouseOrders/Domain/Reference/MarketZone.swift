/// A market zone such as `"USA"`: it selects the zone price index (D002-01) and the season
/// scenarios (seed §1) that apply to a warehouse.
public struct MarketZone: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The zone of a warehouse whose `marketZone` is null (D002-22).
    public static let usa: MarketZone = "USA"

    public var description: String { rawValue }

    public static func < (lhs: MarketZone, rhs: MarketZone) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    func validate(_ field: String) throws(ReferenceDataError) {
        if rawValue.isEmpty { throw .emptyIdentifier(field: field) }
    }
}
