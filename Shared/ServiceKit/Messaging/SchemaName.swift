/// A validated PostgreSQL schema name (`voting`, `wave_planning`, …).
///
/// Identifiers cannot be bound as parameters, so ServiceKit's SQL interpolates the schema name;
/// this type is the guarantee that nothing but `[a-z_][a-z0-9_]*` ever gets there.
public struct SchemaName: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ name: String) throws(SchemaNameError) {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first),
            name.unicodeScalars.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
            name.count <= 63
        else { throw SchemaNameError(name: name) }
        description = name
    }

    /// The NOTIFY channel the outbox relay listens on.
    public var outboxChannel: String { "\(description)_outbox" }
}

public struct SchemaNameError: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "\(name.debugDescription) is not a valid schema name ([a-z_][a-z0-9_]*)" }
}
