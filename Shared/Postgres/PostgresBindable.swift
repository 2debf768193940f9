/// A value sent as a text-format parameter (`$1`, `$2` …; ``PostgresBinaryBindable`` ones go in binary). Values are
/// never spliced into SQL text.
///
/// ```swift
/// try connection.query("SELECT * FROM orders WHERE id = ANY($1::uuid[]) AND status = $2", [ids, "open"])
/// ```
/// `nil` text means SQL NULL; `Optional` values bind as NULL when empty.
public protocol PostgresBindable: Sendable {
    /// The value in PostgreSQL's text input format, or nil for NULL.
    var postgresText: String? { get }
}

/// A value PostgreSQL returns in text format that can become `Self`.
///
/// Implementations check ``PostgresCell/type`` so a type mismatch is an error naming column and types,
/// never a silently wrong value. `Optional` decodes NULL as nil; every other type refuses NULL.
public protocol PostgresDecodable: Sendable {
    static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Self
}

/// A scalar that can also travel inside an array parameter or array column (`{1,2,NULL}`).
///
/// Arrays of these bind as one array literal (so `= ANY($1::bigint[])` and `UNNEST($1::text[], …)` turn per-row
/// statements into one) and decode from array columns. The two hooks exist so `[UInt8]` can mean `bytea` instead.
public protocol PostgresArrayElement: PostgresBindable, PostgresDecodable {
    /// The text of one parameter made of `elements`.
    static func postgresArrayText(_ elements: [Self]) -> String?
    /// Decodes a whole column value into `[Self]`.
    static func postgresDecodeArray(_ cell: PostgresCell) throws(PostgresError) -> [Self]
    /// Whether an element's text can hold a quote, backslash, comma, brace, space or the word NULL, and so
    /// must be quoted inside an array literal. False for numbers, booleans, UUIDs and timestamps, whose
    /// texts are written as they are: arrays of them are bound by the thousand.
    static var postgresArrayElementNeedsQuotes: Bool { get }
}

extension PostgresArrayElement {
    public static func postgresArrayText(_ elements: [Self]) -> String? {
        PostgresArrayLiteral.encode(elements, quoted: postgresArrayElementNeedsQuotes) { $0.postgresText }
    }

    public static var postgresArrayElementNeedsQuotes: Bool { true }

    public static func postgresDecodeArray(_ cell: PostgresCell) throws(PostgresError) -> [Self] {
        let bytes = try cell.value(for: [Self].self, accepting: nil)
        let elementType: PostgresType
        if let known = cell.type.arrayElement {
            elementType = known
        } else if cell.type.isKnownScalar {
            throw cell.failure("has type \(cell.type), which is not an array and cannot be decoded as \([Self].self)")
        } else {
            elementType = .unknown  // e.g. an array of a user-defined enum: only String accepts its elements
        }
        let elements = try PostgresArrayLiteral.decode(bytes, column: cell.column)
        var result: [Self] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let elementCell = PostgresCell(bytes: element, type: elementType, column: "\(cell.column)[\(index + 1)]")
            result.append(try Self.postgresDecode(elementCell))
        }
        return result
    }
}

extension Array: PostgresBindable where Element: PostgresArrayElement {
    public var postgresText: String? { Element.postgresArrayText(self) }
}

extension Array: PostgresDecodable where Element: PostgresArrayElement {
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> [Element] {
        try Element.postgresDecodeArray(cell)
    }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    public var postgresText: String? { self?.postgresText }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Wrapped? {
        guard cell.bytes != nil else { return nil }
        return try Wrapped.postgresDecode(cell)
    }
}

/// `Optional` elements are how arrays carry NULLs: `[Int64?]` binds as `{1,NULL,3}`.
extension Optional: PostgresArrayElement where Wrapped: PostgresArrayElement {
    public static var postgresArrayElementNeedsQuotes: Bool { Wrapped.postgresArrayElementNeedsQuotes }
}
