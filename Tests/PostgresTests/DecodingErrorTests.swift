import Foundation
import Postgres
import Testing

/// Decoding refuses, with an error naming the column, what it cannot represent faithfully.
struct DecodingErrorTests {
    @Test func nullIntoNonOptionalNamesTheColumn() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let row = try connection.query("SELECT NULL::bigint AS missing_total")[0]
        let error = #expect(throws: PostgresError.self) { try row.decode("missing_total", as: Int64.self) }
        #expect(error?.kind == .decoding)
        #expect(error?.column == "missing_total")
        #expect(error?.message.contains("NULL") == true)
        #expect(try row.decode("missing_total", as: Int64?.self) == nil)
    }

    @Test func textIntoInt64IsATypeMismatchNamingColumnAndTypes() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let row = try connection.query("SELECT '42'::text AS label, 42::int8 AS amount")[0]
        let error = #expect(throws: PostgresError.self) { try row.decode("label", as: Int64.self) }
        #expect(error?.column == "label")
        #expect(error?.message.contains("text") == true)
        #expect(error?.message.contains("Int64") == true)
        // The other direction is fine: any value has a text form.
        #expect(try row.decode("amount", as: String.self) == "42")
    }

    @Test func outOfRangeMissingColumnAndBadIndex() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let row = try connection.query(
            "SELECT 70000::int4 AS big, ARRAY[1,2]::int8[] AS ids, 1.5::numeric AS fraction, 12::numeric AS whole")[0]
        #expect(try row.decode("whole", as: Int64.self) == 12)
        let fraction = #expect(throws: PostgresError.self) { try row.decode("fraction", as: Int64.self) }
        #expect(fraction?.column == "fraction")
        let narrow = #expect(throws: PostgresError.self) { try row.decode("big", as: Int16.self) }
        #expect(narrow?.message.contains("70000") == true)
        let missing = #expect(throws: PostgresError.self) { try row.decode("nope", as: Int.self) }
        #expect(missing?.message.contains("big, ids, fraction, whole") == true)
        #expect(throws: PostgresError.self) { try row.decode(5, as: Int.self) }
        let notArray = #expect(throws: PostgresError.self) { try row.decode("big", as: [Int64].self) }
        #expect(notArray?.column == "big")
        let element = #expect(throws: PostgresError.self) { try row.decode("ids", as: [UUID].self) }
        #expect(element?.column == "ids[1]")
    }
}
