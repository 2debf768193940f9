/// Integer columns (`int2`, `int4`, `int8`, `oid`) decode into any Swift integer that holds the value; so does
/// `numeric` when the value is whole (`sum(bigint)` is `numeric`). A fraction or a value out of the Swift type's
/// range is a decoding error, never a trap or a silent truncation.
let integerColumnTypes: [PostgresType] = [.int8, .int4, .int2, .oidType, .numeric]

extension PostgresCell {
    func decodeInteger<T: FixedWidthInteger>(as type: T.Type) throws(PostgresError) -> T {
        let bytes = try value(for: T.self, accepting: integerColumnTypes)
        guard let wide = Self.parseInt64(bytes), let value = T(exactly: wide) else {
            throw failure("value \(preview) is not a whole number that fits \(T.self)")
        }
        return value
    }

    /// Decimal digits with an optional sign, checked for overflow without building a String.
    static func parseInt64(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in digits {
            let digit = Int64(byte) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatively so Int64.min parses.
            let (next, overflowB) = shifted.subtractingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = next
        }
        if negative { return value }
        return value == Int64.min ? nil : -value
    }
}

extension Int: PostgresArrayElement {
    public var postgresText: String? { String(self) }
    public static var postgresArrayElementNeedsQuotes: Bool { false }
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Int {
        try cell.decodeInteger(as: Int.self)
    }
}

extension Int64: PostgresArrayElement {
    public var postgresText: String? { String(self) }
    public static var postgresArrayElementNeedsQuotes: Bool { false }
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Int64 {
        try cell.decodeInteger(as: Int64.self)
    }
}

extension Int32: PostgresArrayElement {
    public var postgresText: String? { String(self) }
    public static var postgresArrayElementNeedsQuotes: Bool { false }
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Int32 {
        try cell.decodeInteger(as: Int32.self)
    }
}

extension Int16: PostgresArrayElement {
    public var postgresText: String? { String(self) }
    public static var postgresArrayElementNeedsQuotes: Bool { false }
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Int16 {
        try cell.decodeInteger(as: Int16.self)
    }
}
