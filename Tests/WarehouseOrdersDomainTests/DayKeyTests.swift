import Foundation
import Testing
import WarehouseOrdersDomain

@Suite struct DayKeyTests {
    @Test("D002-06: YYYY-MM-DD parses and prints back identically")
    func roundTrip() throws {
        let key = try Fixture.day("2025-03-10")
        #expect((key.year, key.month, key.day) == (2025, 3, 10))
        #expect(key.description == "2025-03-10")
        #expect(try Fixture.day("0001-01-01").description == "0001-01-01")
    }

    @Test(
        "D002-06: only the canonical spelling of a real date is accepted",
        arguments: [
            "2025-3-10", "2025-03-10T00:00:00Z", "2025/03/10", "2025-02-29", "2024-13-01", "2024-00-10",
            "2024-04-31", "0000-01-01", "", "２０２５-03-10", "2025-03-1x", " 2025-03-10",
        ])
    func rejectsNonCanonical(_ text: String) {
        #expect(DayKey(text) == nil)
    }

    @Test("Leap days exist only in leap years")
    func leapDays() {
        #expect(DayKey("2024-02-29") != nil)
        #expect(DayKey("2000-02-29") != nil)
        #expect(DayKey("1900-02-29") == nil)
    }

    @Test("D002-06: normalizeUtcMidnight maps any instant of a UTC day to that day")
    func utcDateOfInstant() throws {
        // 2025-03-10T00:00:00Z = 1741564800; the last second of the day maps to the same key.
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 1_741_564_800))?.description == "2025-03-10")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 1_741_651_199.999))?.description == "2025-03-10")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 1_741_564_799.5))?.description == "2025-03-09")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 0))?.description == "1970-01-01")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: -86_400))?.description == "1969-12-31")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 951_782_400))?.description == "2000-02-29")
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: .infinity)) == nil)
        #expect(DayKey(utcDateOf: Date(timeIntervalSince1970: 1e15)) == nil)
    }

    @Test(
        "D002-07: week index is min(floor(dayOfYear0 / 7), 51)",
        arguments: [
            ("2025-01-01", 0, 0), ("2025-01-07", 6, 0), ("2025-01-08", 7, 1), ("2025-03-10", 68, 9),
            ("2025-12-23", 356, 50), ("2025-12-24", 357, 51), ("2025-12-31", 364, 51),
            ("2024-12-22", 356, 50), ("2024-12-23", 357, 51), ("2024-12-31", 365, 51),
        ])
    func weekIndex(_ text: String, _ dayOfYear0: Int, _ week: Int) throws {
        let key = try Fixture.day(text)
        #expect(key.dayOfYear0 == dayOfYear0)
        #expect(key.weekIndex0 == week)
    }

    @Test("D002-06: JSON spelling is the plain string; other spellings fail to decode")
    func codable() throws {
        let key = try Fixture.day("2025-03-10")
        let data = try JSONEncoder().encode([key])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-10"]"#)
        #expect(try JSONDecoder().decode([DayKey].self, from: data) == [key])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([DayKey].self, from: Data(#"["2025-3-10"]"#.utf8)) }
    }

    @Test("Day keys order chronologically")
    func ordering() throws {
        #expect(try Fixture.day("2024-12-31") < Fixture.day("2025-01-01"))
        #expect(try Fixture.day("2025-02-01") < Fixture.day("2025-02-10"))
    }
}
