import Logging
import Postgres

extension ServiceDescriptor {
    /// Runs `body` with a pool on `databaseURL` and always shuts the pool down: for one-shot
    /// subcommands (`migrate`, index builds, enrichment runs) that exit when `body` returns.
    ///
    /// The logger is labelled with the service's ``name``; `applicationName` is how the connections
    /// show in `pg_stat_activity`, e.g. `wave-planning-index`.
    public func withPool<T>(
        databaseURL: String, size: Int = 1, applicationName: String, _ body: (PostgresPool, Logger) async throws -> T
    ) async throws -> T {
        let logger = Logger(label: name)
        let pool = PostgresPool(url: databaseURL, size: size, applicationName: applicationName, logger: logger)
        do {
            let result = try await body(pool, logger)
            await pool.shutdown()
            return result
        } catch {
            await pool.shutdown()
            throw error
        }
    }

    /// What a service's `migrate` subcommand does: one connection to `databaseURL`, ServiceKit's tables
    /// and the service's migrations (``migrate(using:logger:)``), and the connection closed whether
    /// they applied or not.
    ///
    /// - Parameter applicationName: how the connection shows in `pg_stat_activity`; `<name>-migrate` when nil.
    public func migrate(databaseURL: String, applicationName: String? = nil) async throws {
        try await withPool(databaseURL: databaseURL, applicationName: applicationName ?? "\(name)-migrate") { pool, logger in
            try await migrate(using: pool, logger: logger)
        }
    }
}
