import Logging
import Postgres

/// Applies a service's schema: ServiceKit's inbox and outbox first, then the service's own files.
///
/// Replicas starting together serialize on the migrator's advisory lock. While the database is
/// unreachable the service waits and retries instead of exiting.
struct ServiceMigrations: Sendable {
    let descriptor: ServiceDescriptor

    /// ServiceKit's own tables, recorded apart from the service's so both number from 0001.
    var messaging: Migrator {
        Migrator(
            schema: descriptor.schema.description, table: "servicekit_migrations",
            migrations: MessagingTables.migrations(schema: descriptor.schema))
    }

    var service: Migrator { Migrator(schema: descriptor.schema.description, migrations: descriptor.migrations) }

    func apply(using pool: PostgresPool, logger: Logger) async throws {
        var backoff = Backoff()
        while true {
            do {
                let applied = try await messaging.migrate(using: pool) + service.migrate(using: pool)
                for migration in applied {
                    logger.info("migration applied", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                }
                return
            } catch let error as PostgresError where error.isConnectionLoss {
                logger.warning("database unavailable; migrations wait", metadata: ["error": "\(error)"])
                try await Task.sleep(for: backoff.next())
            }
        }
    }
}

extension ServiceDescriptor {
    /// Applies ServiceKit's tables and the service's migrations (the `migrate` subcommand, tools, tests).
    public func migrate(using pool: PostgresPool, logger: Logger) async throws {
        try await ServiceMigrations(descriptor: self).apply(using: pool, logger: logger)
    }
}
