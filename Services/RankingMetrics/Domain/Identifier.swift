/// A typed identifier: the raw value is the id string other systems send (a lowercase UUID in
/// practice), and the phantom `Kind` keeps a student id from being passed where a topic id is due.
///
/// Identifiers are `Comparable` by their raw string so every tie in this module breaks the same
/// way on every machine (for example the assignment's canonical order).
///
/// ```swift
/// let topic: TopicID = "3f9c…"
/// ```
public struct Identifier<Kind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The raw id, so ids print as themselves in logs and rejection reasons.
    public var description: String { rawValue }
}

/// Marks ``StudentID``.
public enum StudentKind: Sendable {}
/// Marks ``TopicID``.
public enum TopicKind: Sendable {}
/// Marks ``PeriodID``.
public enum PeriodKind: Sendable {}
/// Marks ``RankingEventID``.
public enum RankingEventKind: Sendable {}

/// A student who ranks topics.
public typealias StudentID = Identifier<StudentKind>
/// A topic of a selection period.
public typealias TopicID = Identifier<TopicKind>
/// A selection period: the population of topics that T, percentiles and assignments refer to.
public typealias PeriodID = Identifier<PeriodKind>
/// The id of a recorded `RANKINGS_BATCH_UPDATED` event; undo refers to it (D001-05).
public typealias RankingEventID = Identifier<RankingEventKind>
