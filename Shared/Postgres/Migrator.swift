import CLibPQ
import Crypto
import Foundation

/// Applies a service's ordered migrations to its schema at start-up.
///
/// Runs under a session advisory lock derived from the schema name, so replicas that start together apply each
/// migration exactly once. Records each one with its checksum in `<schema>.schema_migrations` (or the `table` given), in the same
/// transaction as the migration itself (a failing migration leaves neither its changes nor a record). Refuses a
/// migration whose file changed after it ran, gaps and duplicate numbers, and applied versions with no file.
/// Each migration runs with `search_path` set to the schema, so unqualified names land there; it must not contain
/// its own transaction control (BEGIN/COMMIT).
///
/// ```swift
/// let migrations = try Migrator.load(directory: migrationsFolder)
/// try await Migrator(schema: "voting", migrations: migrations).migrate(using: pool)
/// ```
public struct Migrator: Sendable {
    public let schema: String
    public let migrations: [Migration]
    /// The record table: one per component sharing a schema (ServiceKit's own tables keep theirs apart
    /// from the service's, so both number from 1).
    public let table: String

    public init(schema: String, table: String = "schema_migrations", migrations: [Migration]) {
        self.schema = schema
        self.table = table
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Applies the migrations not yet recorded and returns them (empty when the schema is up to date).
    @discardableResult
    public func migrate(using pool: PostgresPool) async throws -> [Migration] {
        try Self.validate(migrations)
        let migrator = self
        return try await pool.withConnection { connection in try migrator.apply(on: connection) }
    }

    /// The advisory lock key: the first 8 bytes of SHA-256 over a fixed prefix and the schema name.
    var lockKey: Int64 {
        SHA256.hash(data: Data("market.migrations.\(schema)".utf8)).prefix(8).reduce(Int64(0)) { key, byte in
            key << 8 | Int64(byte)
        }
    }

    func apply(on connection: PostgresConnection) throws(PostgresError) -> [Migration] {
        let quotedSchema = try PostgresIdentifier.quote(schema)
        let records = "\(quotedSchema).\(try PostgresIdentifier.quote(table))"
        try connection.query("SELECT pg_advisory_lock($1)", [lockKey])
        defer { _ = try? connection.query("SELECT pg_advisory_unlock($1)", [lockKey]) }
        // A service's role owns its schema but may not create schemas (scripts/infra.sh, compose/init.sh):
        // even CREATE SCHEMA IF NOT EXISTS needs that right, so only ask for it when the schema is missing.
        if try connection.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]).count == 0 {
            try connection.query("CREATE SCHEMA IF NOT EXISTS \(quotedSchema)")
        }
        try connection.execute(script: """
            CREATE TABLE IF NOT EXISTS \(records) (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now());
            """)
        let applied = try appliedVersions(on: connection, records: records)
        var appliedNow: [Migration] = []
        for migration in migrations where !applied.contains(migration.version) {
            do {
                try connection.transaction { connection in
                    try run(migration, on: connection, quotedSchema: quotedSchema, records: records)
                }
            } catch let error as PostgresError {
                throw error.prefixed("migration \(migration.fileName) failed")
            } catch {
                throw PostgresError(.migration, "migration \(migration.fileName) failed: \(error)")
            }
            appliedNow.append(migration)
        }
        return appliedNow
    }

    /// The recorded versions, after checking each against the files.
    private func appliedVersions(
        on connection: PostgresConnection, records: String
    ) throws(PostgresError) -> Set<Int> {
        var versions = Set<Int>()
        for row in try connection.query("SELECT version, name, checksum FROM \(records)") {
            let version: Int = try row.decode(0)
            let recordedName: String = try row.decode(1)
            let recordedChecksum: String = try row.decode(2)
            guard migrations.indices.contains(version - 1) else {
                throw PostgresError(
                    .migration,
                    "schema \(schema) has migration \(version) (\(recordedName)) applied, but there is no such file")
            }
            let migration = migrations[version - 1]
            guard migration.checksum == recordedChecksum else {
                throw PostgresError(
                    .migration,
                    "migration \(migration.fileName) was changed after it was applied (recorded checksum "
                        + "\(recordedChecksum), file checksum \(migration.checksum)); add a new migration instead")
            }
            versions.insert(version)
        }
        return versions
    }

    private func run(
        _ migration: Migration, on connection: PostgresConnection, quotedSchema: String, records: String
    ) throws(PostgresError) {
        try connection.query("SELECT set_config('search_path', $1, true)", [quotedSchema])
        try connection.execute(script: migration.sql)
        guard PQtransactionStatus(connection.handle) == PQTRANS_INTRANS else {
            throw PostgresError(.migration, "the migration ended the transaction itself (no BEGIN/COMMIT in migrations)")
        }
        try connection.query(
            "INSERT INTO \(records) (version, name, checksum) VALUES ($1, $2, $3)",
            [migration.version, migration.name, migration.checksum])
    }
}
