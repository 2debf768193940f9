/// A result column: its name and its PostgreSQL type.
public struct PostgresColumn: Sendable, Equatable {
    public let name: String
    public let type: PostgresType
}
