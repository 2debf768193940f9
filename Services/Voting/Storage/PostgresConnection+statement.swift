import Postgres

extension PostgresConnection {
    /// Runs one ``PostgresStatement`` on its own (outside a pipeline).
    @discardableResult
    func query(_ statement: PostgresStatement) throws(PostgresError) -> PostgresRows {
        try query(statement.sql, statement.parameters)
    }
}
