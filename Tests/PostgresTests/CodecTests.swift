import Foundation
import Testing

@testable import Postgres

/// Pure encoding/decoding checks that need no server (the round trips through the server are in QueryTests).
struct CodecTests {
    private func cell(_ text: String?, _ type: PostgresType, column: String = "c") -> PostgresCell {
        PostgresCell(bytes: text.map { Array($0.utf8)[...] }, type: type, column: column)
    }

    @Test func arrayLiteralQuotesEveryElementAndEscapes() {
        let text = ["a", "b,c", "q\"uote", "back\\slash", "", "NULL", nil].postgresText
        #expect(text == #"{"a","b,c","q\"uote","back\\slash","","NULL",NULL}"#)
        #expect([Int64]().postgresText == "{}")
    }

    @Test func arrayLiteralWritesNumbersBooleansUUIDsAndTimestampsUnquoted() throws {
        #expect([Int64(-1), nil, Int64.max].postgresText == "{-1,NULL,9223372036854775807}")
        #expect([true, false].postgresText == "{t,f}")
        #expect([Double.nan, -.infinity, 0.5].postgresText == "{NaN,-Infinity,0.5}")
        let id = try #require(UUID(uuidString: "7D9B2A8E-5C1F-4F0E-9A57-2F7B0C3E6D11"))
        #expect([id].postgresText == "{7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11}")
        #expect([Date(timeIntervalSince1970: 0.25)].postgresText == "{1970-01-01T00:00:00.250000Z}")
    }

    @Test func arrayLiteralDecodesQuotedUnquotedAndNull() throws {
        let values = try [String?].postgresDecode(cell(#"{plain,"b,c","q\"u","",NULL,"NULL"}"#, PostgresType(oid: 1009)))
        #expect(values == ["plain", "b,c", "q\"u", "", nil, "NULL"])
        let shifted = try [Int64].postgresDecode(cell("[0:1]={5,6}", PostgresType(oid: 1016)))
        #expect(shifted == [5, 6])
    }

    @Test func arrayLiteralRejectsMultidimensionalAndMalformed() {
        #expect(throws: PostgresError.self) { try [Int64].postgresDecode(cell("{{1,2},{3,4}}", PostgresType(oid: 1016))) }
        #expect(throws: PostgresError.self) { try [String].postgresDecode(cell(#"{"open}"#, PostgresType(oid: 1009))) }
        #expect(throws: PostgresError.self) { try [Int64].postgresDecode(cell("{1,2}", .int8)) }
    }

    @Test func integersParseTheFullRangeAndRejectOverflow() throws {
        #expect(try Int64.postgresDecode(cell("-9223372036854775808", .int8)) == Int64.min)
        #expect(try Int64.postgresDecode(cell("9223372036854775807", .int8)) == Int64.max)
        #expect(throws: PostgresError.self) { try Int64.postgresDecode(cell("9223372036854775808", .int8)) }
        #expect(throws: PostgresError.self) { try Int16.postgresDecode(cell("40000", .int4)) }
        #expect(throws: PostgresError.self) { try Int.postgresDecode(cell("12a", .int8)) }
    }

    @Test func timestampsFormatAndParseMicroseconds() throws {
        #expect(PostgresTimestamp.format(micros: 0) == "1970-01-01T00:00:00.000000Z")
        #expect(PostgresTimestamp.format(micros: -1) == "1969-12-31T23:59:59.999999Z")
        #expect(PostgresTimestamp.parse(Array("2024-02-29 13:14:15.5+00".utf8)[...]) == 1_709_212_455_500_000)
        #expect(PostgresTimestamp.parse(Array("2024-02-29 15:14:15.5+02".utf8)[...]) == 1_709_212_455_500_000)
        #expect(PostgresTimestamp.parse(Array("2024-02-29 13:44:15.5+00:30".utf8)[...]) == 1_709_212_455_500_000)
        #expect(PostgresTimestamp.parse(Array("0001-01-01 00:00:00+00 BC".utf8)[...]) == -62_167_219_200_000_000)
        #expect(PostgresTimestamp.parse(Array("infinity".utf8)[...]) == nil)
        #expect(PostgresTimestamp.parse(Array("200000-01-01 00:00:00+00".utf8)[...]) != nil)
        // PostgreSQL's last year does not fit Int64 microseconds since 1970: nil, not a trap.
        #expect(PostgresTimestamp.parse(Array("294276-12-31 00:00:00+00".utf8)[...]) == nil)
        for micros: Int64 in [0, -1, 1_709_212_455_500_001, -62_167_219_200_000_000, 253_402_300_799_999_999] {
            let text = PostgresTimestamp.format(micros: micros)
            #expect(PostgresTimestamp.parse(Array(text.utf8)[...]) == micros, "\(text)")
        }
    }

    @Test func unrepresentableDatesBecomeALiteralTheServerRejects() {
        #expect(Date(timeIntervalSince1970: .nan).postgresText?.hasPrefix("out-of-range") == true)
        #expect(Date(timeIntervalSince1970: 1e300).postgresText?.hasPrefix("out-of-range") == true)
    }

    @Test func byteaUsesHex() throws {
        #expect([UInt8]([0, 15, 255]).postgresText == "\\x000fff")
        #expect(try [UInt8].postgresDecode(cell("\\x000fff", .bytea)) == [0, 15, 255])
        #expect(throws: PostgresError.self) { try [UInt8].postgresDecode(cell("\\x0g", .bytea)) }
    }

    @Test func copyEncoderEscapesControlCharactersAndNull() {
        var encoder = CopyEncoder(capacity: 64)
        encoder.append(row: ["a\tb", "line\nbreak\r", "back\\slash", String?.none, 7])
        #expect(String(decoding: encoder.bytes, as: UTF8.self) == "a\\tb\tline\\nbreak\\r\tback\\\\slash\t\\N\t7\n")
    }

    @Test func parametersWithNulBytesAreRefused() {
        #expect(throws: PostgresError.self) { try ParameterBuffer(["ok", "bad\u{0}byte"]) }
    }

    @Test func migrationFileNamesAndNumbering() throws {
        let parsed = try #require(Migrator.parse(fileName: "0007_add_index.sql"))
        #expect(parsed.0 == 7 && parsed.1 == "add_index")
        #expect(Migrator.parse(fileName: "7_short.sql") == nil)
        #expect(Migrator.parse(fileName: "0001_bad-name.sql") == nil)
        let one = Migration(version: 1, name: "a", sql: "SELECT 1")
        let two = Migration(version: 2, name: "b", sql: "SELECT 2")
        let three = Migration(version: 3, name: "c", sql: "SELECT 3")
        try Migrator.validate([one, two, three])
        let gap = #expect(throws: PostgresError.self) { try Migrator.validate([one, three]) }
        #expect(gap?.message.contains("0003_c.sql") == true)
        let duplicate = #expect(throws: PostgresError.self) {
            try Migrator.validate([one, two, Migration(version: 2, name: "again", sql: "")])
        }
        #expect(duplicate?.message.contains("0002_b.sql and 0002_again.sql") == true)
        #expect(one.checksum == "e004ebd5b5532a4b85984a62f8ad48a81aa3460c1ca07701f386135d72cdecf5")
    }
}
