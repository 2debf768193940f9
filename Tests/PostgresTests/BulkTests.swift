import Foundation
import Postgres
import Testing

/// Set-based writes: one UNNEST statement and COPY, counted in round trips.
struct BulkTests {
    @Test func unnestInsertsTenThousandRowsInOneStatement() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE items (id uuid PRIMARY KEY, qty bigint, name text)")
            let ids = (0..<10_000).map { _ in UUID() }
            let quantities = (0..<10_000).map { Int64($0) }
            let names = (0..<10_000).map { $0 % 7 == 0 ? "odd, \"name\" \\ \($0)" : "item \($0)" }
            let before = connection.roundTrips
            let inserted = try connection.query(
                "INSERT INTO items SELECT * FROM UNNEST($1::uuid[], $2::bigint[], $3::text[])", [ids, quantities, names])
            #expect(connection.roundTrips - before == 1)
            #expect(inserted.affectedRows == 10_000)
            let check = try connection.query("SELECT count(*), sum(qty) FROM items")[0]
            #expect(try check.decode(0, as: Int.self) == 10_000)
            #expect(try check.decode(1, as: Int64.self) == 49_995_000)
            let spot = try connection.query("SELECT name FROM items WHERE id = $1", [ids[7_000]])
            #expect(try spot[0].decode(0, as: String.self) == names[7_000])
        }
    }

    @Test func copyLoadsHundredThousandRowsWithEscaping() throws {
        try TestSchema.with { schema, connection in
            try connection.execute(script: "CREATE TABLE loads (id bigint, label text, note text, tags text[])")
            func label(_ n: Int) -> String {
                switch n % 4 {
                case 0: "tab\there"
                case 1: "new\nline and \\backslash\\N"
                case 2: "ünïcødé 🚀 \r"
                default: "plain \(n)"
                }
            }
            let rows: [[any PostgresBindable]] = (0..<100_000).map { n in
                [Int64(n), label(n), n % 3 == 0 ? String?.none : "note", ["a,b", "\"q\"", String?.none]]
            }
            let before = connection.roundTrips
            let copied = try connection.copy(into: schema("loads"), columns: ["id", "label", "note", "tags"], rows: rows)
            #expect(copied == 100_000)
            #expect(connection.roundTrips - before == 2)
            #expect(try connection.query("SELECT count(*) FROM loads")[0].decode(0, as: Int.self) == 100_000)
            for n in [0, 1, 2, 3, 12_345, 99_999] {
                let row = try connection.query("SELECT label, note, tags FROM loads WHERE id = $1", [n])[0]
                #expect(try row.decode("label", as: String.self) == label(n))
                #expect(try row.decode("note", as: String?.self) == (n % 3 == 0 ? nil : "note"))
                #expect(try row.decode("tags", as: [String?].self) == ["a,b", "\"q\"", nil])
            }
            #expect(try connection.query("SELECT count(*) FROM loads WHERE note IS NULL")[0].decode(0, as: Int.self) == 33_334)
        }
    }

    @Test func copyRefusesRaggedRowsAndReportsServerErrors() throws {
        try TestSchema.with { schema, connection in
            try connection.execute(script: "CREATE TABLE loads (id bigint PRIMARY KEY)")
            let before = connection.roundTrips
            let ragged = #expect(throws: PostgresError.self) {
                try connection.copy(into: schema("loads"), columns: ["id"], rows: [[1], [2, 3]])
            }
            #expect(ragged?.kind == .invalidArgument)
            #expect(ragged?.message.contains("row 1") == true)
            #expect(connection.roundTrips == before)

            let missing = #expect(throws: PostgresError.self) {
                try connection.copy(into: schema("absent"), columns: ["id"], rows: [[1]])
            }
            #expect(missing?.sqlState == "42P01")
            let duplicate = #expect(throws: PostgresError.self) {
                try connection.copy(into: schema("loads"), columns: ["id"], rows: [[1], [1]])
            }
            #expect(duplicate?.sqlState == "23505")
            #expect(connection.isHealthy)
            #expect(try connection.copy(into: schema("loads"), columns: ["id"], rows: [[5]]) == 1)
        }
    }
}
