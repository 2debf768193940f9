import Logging
import Postgres
import ServiceKit

/// A schema of its own on the test PostgreSQL, migrated as the service migrates it (ServiceKit's
/// inbox and outbox, then the service's files), with a pool on it.
///
/// Every service's test harness needs the same thing: a unique schema so tests run concurrently with
/// other runs, the real migrations, and a drop of exactly that schema afterwards. Use ``with(prefix:migrations:poolSize:logger:_:)``
/// so the schema is dropped whether the body throws or not; ``make(prefix:migrations:poolSize:logger:)``
/// and ``drop()`` are for fixtures whose lifetime spans more than one call.
public struct MigratedSchema: Sendable {
    /// The unique schema, e.g. `wp_1a2b3c4d` for prefix `wp`.
    public let schema: SchemaName
    /// A pool on the test database; ``drop()`` shuts it down.
    public let pool: PostgresPool

    /// Creates and migrates a schema named `prefix` plus a unique suffix. On failure nothing is left behind.
    public static func make(
        prefix: String, migrations: [Migration], poolSize: Int = 3, logger: Logger
    ) async throws -> MigratedSchema {
        let schema = try SchemaName(TestEnvironment.uniqueName(prefix))
        let migrated = MigratedSchema(
            schema: schema, pool: PostgresPool(url: TestEnvironment.databaseURL, size: poolSize, logger: logger))
        do {
            try await migrated.migrate(migrations, logger: logger)
            return migrated
        } catch {
            await migrated.drop()
            throw error
        }
    }

    /// Applies those of `migrations` (the messaging tables' and then these) not applied yet, as a service
    /// starting with a newer release does.
    public func migrate(_ migrations: [Migration], logger: Logger) async throws {
        // Only the schema and the migrations matter to `migrate`; the other names are never used.
        let descriptor = ServiceDescriptor(
            name: schema.description, schema: schema, queue: schema.description, environmentPrefix: "",
            defaultHTTPPort: 0, migrations: migrations)
        try await descriptor.migrate(using: pool, logger: logger)
    }

    /// Runs `body` against a fresh migrated schema and drops it afterwards, whether `body` threw or not.
    public static func with<T: Sendable>(
        prefix: String, migrations: [Migration], poolSize: Int = 3, logger: Logger,
        _ body: (MigratedSchema) async throws -> T
    ) async throws -> T {
        let migrated = try await make(prefix: prefix, migrations: migrations, poolSize: poolSize, logger: logger)
        do {
            let result = try await body(migrated)
            await migrated.drop()
            return result
        } catch {
            await migrated.drop()
            throw error
        }
    }

    /// Drops exactly this schema (never a shared one) and shuts the pool down.
    public func drop() async {
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}
