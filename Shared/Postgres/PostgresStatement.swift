/// One parameterized statement for ``PostgresConnection/pipeline(_:)``.
public struct PostgresStatement: Sendable {
    public var sql: String
    public var parameters: [any PostgresBindable]

    public init(_ sql: String, _ parameters: [any PostgresBindable] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}
