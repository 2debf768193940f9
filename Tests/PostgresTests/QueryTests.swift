import Foundation
import Postgres
import Testing

/// Every bindable/decodable type through the real server and back.
struct QueryTests {
    @Test func scalarsRoundTripIncludingExtremesAndNulls() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: """
                CREATE TABLE scalars (t text, i8 bigint, i4 integer, i2 smallint, f8 double precision, b boolean,
                    u uuid, ts timestamptz, bytes bytea)
                """)
            let id = UUID()
            let date = Date(timeIntervalSince1970: 1_700_000_000.123456)
            let insert = "INSERT INTO scalars VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
            let rows: [(String, Int64, Int32, Int16, Double, Bool, UUID, Date, [UInt8])] = [
                ("héllo wörld ✓ 日本語 🚀", Int64.max, Int32.max, Int16.max, Double.greatestFiniteMagnitude, true, id,
                 date, [0, 1, 127, 128, 255]),
                ("", Int64.min, Int32.min, Int16.min, -Double.leastNonzeroMagnitude, false, id, Date.distantPast, []),
                ("x", 0, 0, 0, 0.1 + 0.2, true, id, Date.distantFuture, [42]),
            ]
            for row in rows {
                try connection.query(insert, [row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8])
            }
            let read = try connection.query("SELECT * FROM scalars ORDER BY i8 DESC")
            #expect(read.count == 3)
            for (row, expected) in zip(read, [rows[0], rows[2], rows[1]]) {
                #expect(try row.decode("t", as: String.self) == expected.0)
                #expect(try row.decode("i8", as: Int64.self) == expected.1)
                #expect(try row.decode("i4", as: Int32.self) == expected.2)
                #expect(try row.decode("i2", as: Int16.self) == expected.3)
                #expect(try row.decode("f8", as: Double.self) == expected.4)
                #expect(try row.decode("b", as: Bool.self) == expected.5)
                #expect(try row.decode("u", as: UUID.self) == expected.6)
                #expect(try row.decode("ts", as: Date.self) == expected.7)
                #expect(try row.decode("bytes", as: [UInt8].self) == expected.8)
            }
            // UUIDs go out lowercase, as PostgreSQL prints them.
            #expect(try read[0].decode("u", as: String.self) == id.uuidString.lowercased())

            try connection.query(insert, [String?.none, Int64?.none, Int32?.none, Int16?.none, Double?.none,
                                          Bool?.none, UUID?.none, Date?.none, [UInt8]?.none])
            let nulls = try connection.query("SELECT * FROM scalars WHERE i8 IS NULL")
            #expect(nulls.count == 1)
            for column in 0..<9 { #expect(try nulls[0].decode(column, as: String?.self) == nil) }
            #expect(try nulls[0].decode("i8", as: Int?.self) == nil)
            #expect(try nulls[0].decode("ts", as: Date?.self) == nil)
        }
    }

    @Test func specialDoublesAndIntRoundTrip() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let values: [Double] = [.infinity, -.infinity, 1e-300, -0.0, 123456789.123456789, .pi]
        let row = try connection.query("SELECT $1::float8[], $2::float8, $3::int8", [values, Double.nan, Int.min])[0]
        #expect(try row.decode(0, as: [Double].self) == values)
        #expect(try row.decode(1, as: Double.self).isNaN)
        #expect(try row.decode(2, as: Int.self) == Int.min)
        let nans = try connection.query("SELECT $1::float8[]", [[Double.nan, -.nan]])[0].decode(0, as: [Double].self)
        #expect(nans.count == 2 && nans.allSatisfy(\.isNaN))
    }

    @Test func arraysWithHostileStringsNullsAndUnnest() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let strings: [String?] = [
            "plain", "with,comma", "with \"quotes\"", "back\\slash", "{braces}", "", "NULL", nil, "  spaced  ",
            "new\nline\ttab", "ünï©ødé 🚀", "'; DROP TABLE x; --",
        ]
        let echoed = try connection.query("SELECT $1::text[]", [strings])[0].decode(0, as: [String?].self)
        #expect(echoed == strings)

        let unnested = try connection.query(
            "SELECT n, s FROM UNNEST($1::bigint[], $2::text[]) WITH ORDINALITY AS u(n, s, ord) ORDER BY ord",
            [Array(Int64(1)...Int64(strings.count)), strings])
        #expect(try unnested.map { try $0.decode("s", as: String?.self) } == strings)
        #expect(try unnested.map { try $0.decode("n", as: Int64.self) } == Array(1...Int64(strings.count)))

        let ids = [UUID(), UUID(), UUID()]
        let matched = try connection.query(
            "SELECT x FROM UNNEST($1::uuid[]) AS x WHERE x = ANY($2::uuid[])", [ids, [ids[1], UUID()]])
        #expect(try matched.map { try $0.decode(0, as: UUID.self) } == [ids[1]])

        let mixed = try connection.query(
            "SELECT $1::int8[], $2::uuid[], $3::bool[], $4::timestamptz[], $5::int4[]",
            [[Int64(5), nil, Int64.min] as [Int64?], ids, [true, false], [Date(timeIntervalSince1970: 0)], [Int32]()])[0]
        #expect(try mixed.decode(0, as: [Int64?].self) == [5, nil, Int64.min])
        #expect(try mixed.decode(1, as: [UUID].self) == ids)
        #expect(try mixed.decode(2, as: [Bool].self) == [true, false])
        #expect(try mixed.decode(3, as: [Date].self) == [Date(timeIntervalSince1970: 0)])
        #expect(try mixed.decode(4, as: [Int32].self) == [])
    }

    @Test func sqlInjectionIsStoredLiterally() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE notes (body text)")
            let attack = "x'); DROP TABLE notes; --"
            let inserted = try connection.query("INSERT INTO notes VALUES ($1)", [attack])
            #expect(inserted.affectedRows == 1)
            let stored = try connection.query("SELECT body FROM notes")
            #expect(stored.count == 1)
            #expect(try stored[0].decode(0, as: String.self) == attack)
        }
    }

    @Test func affectedRowsAndCommandTag() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE n (v int); INSERT INTO n SELECT generate_series(1, 5)")
            let updated = try connection.query("UPDATE n SET v = v + 1 WHERE v > $1", [2])
            #expect(updated.affectedRows == 3)
            #expect(updated.commandTag == "UPDATE 3")
            #expect(updated.isEmpty)
        }
    }

    @Test func serverErrorsCarryDiagnostics() throws {
        try TestSchema.with { schema, connection in
            try connection.execute(script: "CREATE TABLE u (k int PRIMARY KEY)")
            try connection.query("INSERT INTO u VALUES (1)")
            let error = #expect(throws: PostgresError.self) { try connection.query("INSERT INTO u VALUES (1)") }
            #expect(error?.kind == .server)
            #expect(error?.sqlState == "23505")
            #expect(error?.detail?.contains("(k)=(1)") == true)
            #expect(error?.schema == schema.name && error?.table == "u" && error?.constraint == "u_pkey")
            #expect(error?.isRetryableTransaction == false)
            #expect(error?.isConnectionLoss == false)
            // The connection stays usable after a statement error.
            #expect(try connection.query("SELECT count(*) FROM u")[0].decode(0, as: Int.self) == 1)
        }
    }

    @Test func closedConnectionThrowsClosed() throws {
        let connection = try TestSchema.connect()
        connection.close()
        #expect(!connection.isHealthy)
        let error = #expect(throws: PostgresError.self) { try connection.query("SELECT 1") }
        #expect(error?.kind == .closed)
    }

    @Test func unreachableServerIsAConnectionError() {
        let error = #expect(throws: PostgresError.self) {
            try PostgresConnection(url: "postgres://market:market@127.0.0.1:1/market?connect_timeout=2")
        }
        #expect(error?.kind == .connection)
        #expect(error?.isConnectionLoss == true)
    }
}
