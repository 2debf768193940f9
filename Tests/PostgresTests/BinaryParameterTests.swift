import Foundation
import Postgres
import Testing

/// ``PostgresTextArray`` travels in binary format: the server must read back exactly the texts, whatever they
/// hold, beside text-format parameters of the same statement, in plain queries and in pipelines.
struct BinaryParameterTests {
    static let hostile = [
        "plain", "with,comma", "with \"quotes\"", "back\\slash", "{braces}", "", "NULL", "  spaced  ", "new\nline\ttab",
        "ünï©ødé 🚀", "'; DROP TABLE x; --", #"{"json":"body","n":[1,2]}"#, String(repeating: "x", count: 100_000),
    ]

    @Test func hostileTextsRoundTripInOrder() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let echoed = try connection.query("SELECT $1::text[]", [PostgresTextArray(Self.hostile)])[0].decode(0, as: [String].self)
        #expect(echoed == Self.hostile)
        // Binary and text parameters side by side, in both orders.
        let unnested = try connection.query(
            "SELECT n, s, $3::text AS tail FROM UNNEST($1::bigint[], $2::text[]) WITH ORDINALITY AS u(n, s, ord) ORDER BY ord",
            [Array(Int64(1)...Int64(Self.hostile.count)), PostgresTextArray(Self.hostile), "after"])
        #expect(try unnested.map { try $0.decode("s", as: String.self) } == Self.hostile)
        #expect(try unnested.map { try $0.decode("n", as: Int64.self) } == Array(1...Int64(Self.hostile.count)))
        #expect(try unnested.map { try $0.decode("tail", as: String.self) } == Array(repeating: "after", count: Self.hostile.count))
    }

    @Test func anEmptyArrayIsEmptyNotNull() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let row = try connection.query("SELECT $1::text[] IS NULL, cardinality($1::text[])", [PostgresTextArray([])])[0]
        #expect(try row.decode(0, as: Bool.self) == false)
        #expect(try row.decode(1, as: Int.self) == 0)
    }

    @Test func pipelinedStatementsCarryBinaryArrays() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let results = try connection.pipeline([
            PostgresStatement("SELECT count(*) FROM UNNEST($1::text[])", [PostgresTextArray(Self.hostile)]),
            PostgresStatement("SELECT $1::text[]", [PostgresTextArray(["a", "b"])]),
        ])
        #expect(try results[0][0].decode(0, as: Int.self) == Self.hostile.count)
        #expect(try results[1][0].decode(0, as: [String].self) == ["a", "b"])
    }

    @Test func theTextFormIsTheSameArray() {
        #expect(PostgresTextArray(["a", "b,c"]).postgresText == ["a", "b,c"].postgresText)
    }

    /// The bytes are read as the type the statement names: a wrong one is the server's error, and the
    /// connection goes on.
    @Test func aMismatchedTypeIsAServerErrorAndTheConnectionGoesOn() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        #expect(throws: PostgresError.self) { try connection.query("SELECT $1::int8[]", [PostgresTextArray(["1"])]) }
        #expect(throws: PostgresError.self) { try connection.query("SELECT $1::text[]", [PostgresTextArray(["nul\u{0}byte"])]) }
        #expect(try connection.query("SELECT 1")[0].decode(0, as: Int.self) == 1)
    }
}
