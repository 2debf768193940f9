/// A listing's status. The game owns the set (EVENTS.md: "LISTED, PAUSED, …"), so any value is
/// carried; only ``listed`` listings are considered by a day tick (seed §1).
public struct ListingStatus: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// On sale: the tick may order it.
    public static let listed: ListingStatus = "LISTED"
    /// Taken off sale, e.g. by the tick when out of stock (D002-19).
    public static let paused: ListingStatus = "PAUSED"
}
