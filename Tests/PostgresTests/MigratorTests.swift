import Foundation
import Postgres
import TestSupport
import Testing

struct MigratorTests {
    private let migrations = [
        Migration(version: 1, name: "create_items", sql: "CREATE TABLE items (id bigint PRIMARY KEY, name text);"),
        Migration(version: 2, name: "seed", sql: "INSERT INTO items VALUES (1, 'first');"),
        Migration(version: 3, name: "add_price", sql: "ALTER TABLE items ADD COLUMN cents bigint NOT NULL DEFAULT 0;"),
    ]

    private func recorded(_ schema: TestSchema, _ pool: PostgresPool) async throws -> [(Int, String)] {
        try await pool.withConnection { connection in
            try connection.query("SELECT version, checksum FROM \(schema("schema_migrations")) ORDER BY version")
                .map { (try $0.decode(0, as: Int.self), try $0.decode(1, as: String.self)) }
        }
    }

    @Test func appliesInOrderRecordsChecksumsAndThenAppliesNothing() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
            let migrator = Migrator(schema: schema.name, migrations: migrations.reversed())
            #expect(try await migrator.migrate(using: pool) == migrations)
            let records = try await recorded(schema, pool)
            #expect(records.map(\.0) == [1, 2, 3])
            #expect(records.map(\.1) == migrations.map(\.checksum))
            // Unqualified names landed in the service's schema.
            let cents = try await pool.withConnection { connection in
                try connection.query("SELECT cents FROM \(schema("items")) WHERE id = 1")[0].decode(0, as: Int64.self)
            }
            #expect(cents == 0)
            #expect(try await migrator.migrate(using: pool).isEmpty)
            await pool.shutdown()
        }
    }

    @Test func replicasStartingTogetherApplyEachMigrationOnce() async throws {
        try await TestSchema.with { schema in
            let pools = (0..<2).map { _ in PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger) }
            let migrator = Migrator(schema: schema.name, migrations: migrations)
            async let first = migrator.migrate(using: pools[0])
            async let second = migrator.migrate(using: pools[1])
            let applied = try await [first, second]
            #expect(applied.map(\.count).sorted() == [0, 3])
            let rows = try await pools[0].withConnection { connection in
                try connection.query("SELECT count(*) FROM \(schema("items"))")[0].decode(0, as: Int.self)
            }
            #expect(rows == 1)  // the seed ran once
            for pool in pools { await pool.shutdown() }
        }
    }

    @Test func editedMigrationIsRefusedByName() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
            try await Migrator(schema: schema.name, migrations: migrations).migrate(using: pool)
            var edited = migrations
            edited[1] = Migration(version: 2, name: "seed", sql: "INSERT INTO items VALUES (1, 'changed');")
            let error = await #expect(throws: PostgresError.self) {
                try await Migrator(schema: schema.name, migrations: edited).migrate(using: pool)
            }
            #expect(error?.kind == .migration)
            #expect(error?.message.contains("0002_seed.sql") == true)

            let fewer = await #expect(throws: PostgresError.self) {
                try await Migrator(schema: schema.name, migrations: Array(migrations.prefix(2))).migrate(using: pool)
            }
            #expect(fewer?.message.contains("migration 3") == true)
            await pool.shutdown()
        }
    }

    @Test func failingMigrationRollsBackAndLeavesNoRecord() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
            let broken = [
                migrations[0],
                Migration(version: 2, name: "broken", sql: "CREATE TABLE half (id int); SELECT 1 / 0;"),
            ]
            let error = await #expect(throws: PostgresError.self) {
                try await Migrator(schema: schema.name, migrations: broken).migrate(using: pool)
            }
            #expect(error?.message.contains("0002_broken.sql") == true)
            #expect(error?.sqlState == "22012")
            #expect(try await recorded(schema, pool).map(\.0) == [1])
            let half = try await pool.withConnection { connection in
                try connection.query("SELECT to_regclass($1) IS NULL", [schema("half")])[0].decode(0, as: Bool.self)
            }
            #expect(half)
            // Fixed, it applies: a failed migration was never recorded.
            let fixed = [migrations[0], Migration(version: 2, name: "broken", sql: "CREATE TABLE half (id int);")]
            #expect(try await Migrator(schema: schema.name, migrations: fixed).migrate(using: pool).map(\.version) == [2])
            await pool.shutdown()
        }
    }

    @Test func loadReadsNumberedFilesAndRefusesBadNames() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(TestEnvironment.uniqueName("migrations"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("0002_second.sql", "SELECT 2;")
        try write("0001_first.sql", "SELECT 1;")
        try write("README.md", "not a migration")
        let loaded = try Migrator.load(directory: directory)
        #expect(loaded.map(\.fileName) == ["0001_first.sql", "0002_second.sql"])
        #expect(loaded[1].sql == "SELECT 2;")

        try write("0004_gap.sql", "SELECT 4;")
        let gap = #expect(throws: PostgresError.self) { try Migrator.load(directory: directory) }
        #expect(gap?.message.contains("0004_gap.sql") == true)

        try FileManager.default.removeItem(at: directory.appendingPathComponent("0004_gap.sql"))
        try write("3_bad name.sql", "SELECT 3;")
        let badName = #expect(throws: PostgresError.self) { try Migrator.load(directory: directory) }
        #expect(badName?.message.contains("3_bad name.sql") == true)
    }
}
