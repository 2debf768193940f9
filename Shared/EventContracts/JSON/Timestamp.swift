import CivilCalendar
import Foundation

/// RFC 3339 timestamps, parsed and formatted without locale-dependent formatters or the clock.
///
/// Parsing accepts `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1…9 digits and `Z` or a
/// `±HH:MM` offset, so any publisher's RFC 3339 time is read. Formatting always writes UTC with
/// exactly three fractional digits (`2026-11-23T10:15:02.123Z`), the contract's canonical form.
enum Timestamp {
    /// Latest instant whose year still has four digits (9999-12-31T23:59:59.999Z).
    private static let maxMilliseconds: Int64 = 253_402_300_799_999
    private static let minMilliseconds: Int64 = -62_167_219_200_000

    static func parseFailure(_ text: String) -> String {
        "expected an RFC 3339 timestamp like 2026-11-23T10:15:02.123Z, found \(ContractViolation.quoted(text))"
    }

    /// Returns nil for anything that is not a valid RFC 3339 date-time.
    static func parse(_ text: String) -> Date? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
              let day = scanner.number(2), scanner.skip("T"), let hour = scanner.number(2), scanner.skip(":"),
              let minute = scanner.number(2), scanner.skip(":"), let second = scanner.number(2)
        else { return nil }
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var nanoseconds: Int64 = 0
        if scanner.skip(".") {
            guard let fraction = scanner.fraction() else { return nil }
            nanoseconds = fraction
        }
        guard let offsetSeconds = scanner.offset(), scanner.isAtEnd else { return nil }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second) - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1_000_000_000)
    }

    /// The canonical form, or nil for a date outside years 0000…9999 (or not finite).
    static func format(_ date: Date) -> String? {
        let scaled = (date.timeIntervalSince1970 * 1_000).rounded()
        guard scaled.isFinite, let millis = Int64(exactly: scaled),
              (minMilliseconds...maxMilliseconds).contains(millis)
        else { return nil }
        let (days, dayMillis) = floorDivide(millis, 86_400_000)
        let (year, month, day) = CivilCalendar.civil(daysSinceEpoch: days)
        let seconds = Int(dayMillis / 1_000)
        // Written digit by digit into one buffer: every emitted event formats its time, and joining padded
        // pieces cost a dozen small strings each time.
        return String(unsafeUninitializedCapacity: 24) { text in
            var end = 0
            func field(_ value: Int, width: Int, then separator: UInt8) {
                var rest = value
                for position in stride(from: end + width - 1, through: end, by: -1) {
                    text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                text[end + width] = separator
                end += width + 1
            }
            field(Int(year), width: 4, then: UInt8(ascii: "-"))
            field(Int(month), width: 2, then: UInt8(ascii: "-"))
            field(Int(day), width: 2, then: UInt8(ascii: "T"))
            field(seconds / 3_600, width: 2, then: UInt8(ascii: ":"))
            field(seconds / 60 % 60, width: 2, then: UInt8(ascii: ":"))
            field(seconds % 60, width: 2, then: UInt8(ascii: "."))
            field(Int(dayMillis % 1_000), width: 3, then: UInt8(ascii: "Z"))
            return end
        }
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}

/// Reads fixed-width decimal fields from ASCII bytes.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func number(_ width: Int) -> Int? {
        guard bytes.count - index >= width else { return nil }
        var value = 0
        for _ in 0..<width {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// 1…9 fractional digits, as nanoseconds.
    mutating func fraction() -> Int64? {
        var nanoseconds: Int64 = 0
        var count = 0
        while let digit = digit() {
            count += 1
            guard count <= 9 else { return nil }
            nanoseconds = nanoseconds * 10 + Int64(digit)
        }
        guard count > 0 else { return nil }
        for _ in count..<9 { nanoseconds *= 10 }
        return nanoseconds
    }

    /// `Z` → 0, `+HH:MM` / `-HH:MM` → signed seconds east of UTC.
    mutating func offset() -> Int64? {
        if skip("Z") { return 0 }
        let sign: Int64
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2), skip(":"), let minutes = number(2), hours < 24, minutes < 60 else { return nil }
        return sign * Int64(hours * 3_600 + minutes * 60)
    }

    private mutating func digit() -> Int? {
        guard index < bytes.count, (48...57).contains(bytes[index]) else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 48)
    }
}
