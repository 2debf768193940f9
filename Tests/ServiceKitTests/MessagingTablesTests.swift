import Logging
import Postgres
import ServiceKit
import TestSupport
import Testing

/// How the inbox and outbox store what they hold (MessagingTables' migrations 3 and 4).
struct MessagingTablesTests {
    /// An outbox row lives only until the broker confirms it, so a large body is compressed for speed (lz4),
    /// not for size (PostgreSQL's default, pglz), and still reads back byte for byte.
    @Test func aLargeOutboxBodyIsStoredWithLZ4() async throws {
        try await MigratedSchema.with(prefix: "outbox", migrations: [], logger: Logger(label: "outbox-tests")) { migrated in
            let body = String(repeating: #"{"listingId":"L1","qtyOrdered":3},"#, count: 3_000)
            let outbox = Outbox(schema: migrated.schema)
            let rows = try await migrated.pool.withConnection { connection in
                try outbox.enqueue([OutboxMessage(eventID: "e1", type: "test.large", body: body)], on: connection)
                return try connection.query(
                    "SELECT pg_column_compression(body), body = $1 FROM \(migrated.schema).outbox", [body])
            }
            #expect(try rows[0].decode(0, as: String?.self) == "lz4")
            #expect(try rows[0].decode(1, as: Bool.self))
        }
    }

    /// Event ids are compared byte for byte, whatever the database's locale.
    @Test func eventIdsUseTheCCollation() async throws {
        try await MigratedSchema.with(prefix: "collate", migrations: [], logger: Logger(label: "inbox-tests")) { migrated in
            let rows = try await migrated.pool.withConnection { connection in
                try connection.query(
                    """
                    SELECT table_name, collation_name FROM information_schema.columns
                    WHERE table_schema = $1 AND column_name = 'event_id' ORDER BY table_name
                    """, [migrated.schema.description])
            }
            #expect(try rows.map { try $0.decode(0, as: String.self) } == ["inbox", "outbox"])
            #expect(try rows.map { try $0.decode(1, as: String?.self) } == ["C", "C"])
        }
    }
}
