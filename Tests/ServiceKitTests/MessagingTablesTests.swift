import Logging
import Postgres
import ServiceKit
import TestSupport
import Testing

/// An outbox row lives only until the broker confirms it, so a large body is compressed for speed (lz4),
/// not for size (PostgreSQL's default, pglz), and still reads back byte for byte.
struct OutboxStorageTests {
    @Test func aLargeBodyIsStoredWithLZ4() async throws {
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
}
