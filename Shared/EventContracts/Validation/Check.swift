import CivilCalendar
/// Field rules shared by every payload's `validate()`; each throws a violation naming `field`.
///
/// The JSON Schemas in `schemas/events/` state the same rules (`scripts/generate-schemas.py`
/// keeps the limits below in sync by hand: identifiers 1…200 characters without whitespace,
/// text 1…2000 characters).
enum Check {
    static let maxIdentifierLength = 200
    static let maxTextLength = 2_000

    /// A lowercase UUID such as `7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11`.
    static func uuid(_ value: String, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard isLowercaseUUID(value) else {
            throw ContractViolation(field: field(), reason: "expected a lowercase UUID, found \(ContractViolation.quoted(value))")
        }
    }

    /// An opaque id from another system: 1…200 characters, no whitespace or control characters.
    static func identifier(_ value: String, _ field: @autoclosure () -> String) throws(ContractViolation) {
        let scalars = value.unicodeScalars
        guard !scalars.isEmpty else { throw ContractViolation(field: field(), reason: "must not be empty") }
        guard scalars.count <= maxIdentifierLength else {
            throw ContractViolation(field: field(), reason: "longer than \(maxIdentifierLength) characters")
        }
        guard !containsWhitespaceOrControl(value) else {
            throw ContractViolation(field: field(), reason: "contains whitespace or control characters: \(ContractViolation.quoted(value))")
        }
    }

    /// Free text: 1…2000 characters.
    static func text(_ value: String, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard !value.isEmpty else { throw ContractViolation(field: field(), reason: "must not be empty") }
        guard value.unicodeScalars.count <= maxTextLength else {
            throw ContractViolation(field: field(), reason: "longer than \(maxTextLength) characters")
        }
    }

    static func atLeast<I: BinaryInteger>(_ value: I, _ minimum: I, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard value >= minimum else {
            throw ContractViolation(field: field(), reason: "\(value) is below the minimum \(minimum)")
        }
    }

    static func within<I: BinaryInteger>(_ value: I, _ range: ClosedRange<I>, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard range.contains(value) else {
            throw ContractViolation(field: field(), reason: "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
    }

    static func within(_ value: Double, _ range: ClosedRange<Double>, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard range.contains(value) else {
            throw ContractViolation(field: field(), reason: "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
    }

    /// A ratio in 0…1.
    static func ratio(_ value: Double, _ field: @autoclosure () -> String) throws(ContractViolation) {
        try within(value, 0...1, field())
    }

    static func atLeast(_ value: Double, _ minimum: Double, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard value.isFinite, value >= minimum else {
            throw ContractViolation(field: field(), reason: "\(value) is below the minimum \(minimum)")
        }
    }

    static func greaterThan(_ value: Double, _ bound: Double, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard value.isFinite, value > bound else {
            throw ContractViolation(field: field(), reason: "\(value) must be greater than \(bound)")
        }
    }

    static func nonEmpty<C: Collection>(_ collection: C, _ field: @autoclosure () -> String) throws(ContractViolation) {
        guard !collection.isEmpty else { throw ContractViolation(field: field(), reason: "must not be empty") }
    }

    /// A calendar date `YYYY-MM-DD` that exists (no 2026-02-30).
    static func dayKey(_ value: String, _ field: @autoclosure () -> String) throws(ContractViolation) {
        let bytes = Array(value.utf8)
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9]
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              digitPositions.allSatisfy({ (48...57).contains(bytes[$0]) })
        else {
            throw ContractViolation(field: field(), reason: "expected a date YYYY-MM-DD, found \(ContractViolation.quoted(value))")
        }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
        let year = number(0..<4), month = number(5..<7), day = number(8..<10)
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else {
            throw ContractViolation(field: field(), reason: "\(ContractViolation.quoted(value)) is not a calendar date")
        }
    }

    /// Every element's key is distinct.
    static func unique<T, Key: Hashable>(_ elements: [T], by key: (T) -> Key, _ field: @autoclosure () -> String, _ keyName: String) throws(ContractViolation) {
        var seen = Set<Key>()
        for (index, element) in elements.enumerated() where !seen.insert(key(element)).inserted {
            throw ContractViolation(field: "\(field())[\(index)].\(keyName)", reason: "duplicates an earlier element")
        }
    }

    /// Sums without trapping: a sum beyond `Int64` is reported as a violation.
    static func sum(_ values: some Sequence<Int64>, _ field: @autoclosure () -> String) throws(ContractViolation) -> Int64 {
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { throw ContractViolation(field: field(), reason: "sum exceeds the 64-bit range") }
            total = next
        }
        return total
    }

    /// ASCII ids (nearly all) are checked byte by byte; only others pay for Unicode's whitespace property.
    static func containsWhitespaceOrControl(_ value: String) -> Bool {
        var ascii = true
        for byte in value.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte <= 0x20 || byte == 0x7F { return true }
        }
        if ascii { return false }
        return value.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    static func isLowercaseUUID(_ value: String) -> Bool {
        var value = value
        // Indexing the contiguous bytes: every event carries several ids, and iterating `utf8.enumerated()`
        // cost more than the rest of the check.
        return value.withUTF8 { bytes in
            guard bytes.count == 36 else { return false }
            for offset in 0..<36 {
                let isDashPosition = offset == 8 || offset == 13 || offset == 18 || offset == 23
                guard isDashPosition ? bytes[offset] == UInt8(ascii: "-") : isLowerHex(bytes[offset]) else { return false }
            }
            return true
        }
    }

    static func isLowerHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte)
    }
}
