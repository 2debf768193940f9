import CivilCalendar

/// Microseconds since 1970-01-01 UTC ↔ PostgreSQL timestamp text (`DateStyle = ISO`).
enum PostgresTimestamp {
    static let microsPerSecond: Int64 = 1_000_000
    static let microsPerDay: Int64 = 86_400 * microsPerSecond

    /// `2024-05-01T12:30:00.250000Z`, with ` BC` for years before 1.
    static func format(micros: Int64) -> String {
        let days = micros >= 0 ? micros / microsPerDay : (micros - microsPerDay + 1) / microsPerDay
        var timeOfDay = micros - days * microsPerDay
        let (year, month, day) = CivilCalendar.civil(daysSinceEpoch: days)
        let fraction = timeOfDay % microsPerSecond
        timeOfDay /= microsPerSecond
        var text = ""
        text.reserveCapacity(32)
        text += padded(year <= 0 ? 1 - year : year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        text += "T" + padded(timeOfDay / 3600, 2) + ":" + padded(timeOfDay / 60 % 60, 2) + ":"
        text += padded(timeOfDay % 60, 2) + "." + padded(fraction, 6) + "Z"
        return year <= 0 ? text + " BC" : text
    }

    /// Parses `YYYY-MM-DD[ HH:MM:SS[.ffffff]][±HH[:MM[:SS]]][ BC]`; nil for anything else (e.g. `infinity`).
    static func parse(_ text: ArraySlice<UInt8>) -> Int64? {
        var scanner = DigitScanner(text)
        guard let rawYear = scanner.number(minDigits: 4, maxDigits: 6), scanner.skip("-"),
            let month = scanner.number(minDigits: 2, maxDigits: 2), scanner.skip("-"),
            let day = scanner.number(minDigits: 2, maxDigits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds: Int64 = 0
        var fraction: Int64 = 0
        if scanner.skip(" ") || scanner.skip("T") {
            guard let hour = scanner.number(minDigits: 2, maxDigits: 2), scanner.skip(":"),
                let minute = scanner.number(minDigits: 2, maxDigits: 2), scanner.skip(":"),
                let second = scanner.number(minDigits: 2, maxDigits: 2)
            else { return nil }
            seconds = hour * 3600 + minute * 60 + second
            if scanner.skip(".") {
                guard let (digits, count) = scanner.fraction(maxDigits: 6) else { return nil }
                fraction = digits * [1, 100_000, 10_000, 1_000, 100, 10, 1][count]
            }
        }
        if let sign = scanner.sign() {
            guard let hours = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
            var offset = hours * 3600
            if scanner.skip(":") {
                guard let minutes = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                offset += minutes * 60
                if scanner.skip(":") {
                    guard let extra = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                    offset += extra
                }
            }
            seconds -= sign * offset
        } else {
            _ = scanner.skip("Z")
        }
        let year = scanner.skip(" BC") ? 1 - rawYear : rawYear
        guard scanner.isAtEnd else { return nil }
        // Checked arithmetic: a far-future year in the text must not trap.
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let (daySeconds, overflowA) = days.multipliedReportingOverflow(by: 86_400)
        let (micros, overflowB) = (daySeconds + seconds).multipliedReportingOverflow(by: microsPerSecond)
        let (total, overflowC) = micros.addingReportingOverflow(fraction)
        guard !overflowA, !overflowB, !overflowC else { return nil }
        return total
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A cursor over ASCII bytes for the fixed-layout date format above.
private struct DigitScanner {
    private let text: ArraySlice<UInt8>
    private var index: Int

    init(_ text: ArraySlice<UInt8>) {
        self.text = text
        self.index = text.startIndex
    }

    var isAtEnd: Bool { index == text.endIndex }

    mutating func skip(_ literal: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard text[index...].starts(with: bytes) else { return false }
        index += bytes.count
        return true
    }

    mutating func sign() -> Int64? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int64? {
        guard let (value, count) = fraction(maxDigits: maxDigits), count >= minDigits else { return nil }
        return value
    }

    /// Up to `maxDigits` digits as a number, with how many there were (at least one).
    mutating func fraction(maxDigits: Int) -> (Int64, Int)? {
        var value: Int64 = 0
        var count = 0
        while count < maxDigits, index < text.endIndex, (48...57).contains(text[index]) {
            value = value * 10 + Int64(text[index] - 48)
            index += 1
            count += 1
        }
        return count == 0 ? nil : (value, count)
    }
}
