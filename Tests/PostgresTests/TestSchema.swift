import Logging
import Postgres
import TestSupport

/// A schema of its own for one test, dropped at the end, so tests run concurrently with anyone else's.
struct TestSchema {
    let name: String

    static let url = TestEnvironment.databaseURL
    static let logger = Logger(label: "postgres-tests")

    static func connect() throws -> PostgresConnection {
        try PostgresConnection(url: url, applicationName: "postgres-tests")
    }

    /// `schema.table`
    func callAsFunction(_ table: String) -> String { "\(name).\(table)" }

    /// Runs `body` with a fresh schema and a connection whose search_path starts with it.
    static func with<T>(_ body: (TestSchema, PostgresConnection) throws -> T) throws -> T {
        let connection = try connect()
        defer { connection.close() }
        let schema = TestSchema(name: TestEnvironment.uniqueName("pgt"))
        try connection.execute(script: "CREATE SCHEMA \(schema.name); SET search_path TO \(schema.name)")
        defer { _ = try? connection.execute(script: "DROP SCHEMA \(schema.name) CASCADE") }
        return try body(schema, connection)
    }

    /// Runs `body` with a fresh schema (tables must be qualified: pool connections have the default search_path).
    static func with(_ body: (TestSchema) async throws -> Void) async throws {
        let schema = TestSchema(name: TestEnvironment.uniqueName("pgt"))
        let connection = try connect()
        defer { connection.close() }
        try connection.execute(script: "CREATE SCHEMA \(schema.name)")
        do {
            try await body(schema)
        } catch {
            _ = try? connection.execute(script: "DROP SCHEMA \(schema.name) CASCADE")
            throw error
        }
        try connection.execute(script: "DROP SCHEMA \(schema.name) CASCADE")
    }
}
