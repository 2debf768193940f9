/// A typed identifier: the `Tag` keeps a listing id from being passed where a template id is
/// expected, at no run-time cost (it is a `String`).
///
/// Ids arrive from other systems as strings (lowercase UUIDs in production; short names such as
/// `"t1"` in the decisions' examples). Ordering is plain string ordering, which for lowercase
/// canonical UUIDs equals PostgreSQL's `uuid` ordering, so "lowest id" (D002-09, D002-22) means
/// the same thing here and in SQL. In JSON an identifier is a plain string.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The id as the publisher spelled it.
    public var rawValue: String

    /// Wraps an id string.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps an id string.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Lets tests and examples write `let id: ListingID = "l1"`.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Tag for ids of the companies that own warehouses and listings.
public enum Company {}
/// Tag for ids of the player-made products a listing sells.
public enum PlayerProduct {}
/// Tag for ids of season scenario definitions (shared by all zones of one scenario).
public enum SeasonDefinition {}

public typealias CompanyID = Identifier<Company>
public typealias WarehouseID = Identifier<WarehouseBuilding>
public typealias ListingID = Identifier<Listing>
public typealias ProductTemplateID = Identifier<ProductTemplate>
public typealias PlayerProductID = Identifier<PlayerProduct>
public typealias CategoryID = Identifier<CategoryNode>
public typealias DemandBandID = Identifier<DemandBand>
public typealias SeasonDefinitionID = Identifier<SeasonDefinition>
public typealias SeasonScenarioID = Identifier<SeasonScenario>
public typealias OrderID = Identifier<WarehouseOrder>
public typealias OrderItemID = Identifier<WarehouseOrder.Item>
