extension Double: PostgresArrayElement {
    public static var postgresArrayElementNeedsQuotes: Bool { false }

    /// Swift's shortest round-trip digits, so the server stores exactly this `Double`; non-finite values use the
    /// spellings `float8` accepts.
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }

    /// Decodes `float8`, `float4`, `numeric` and integer columns.
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Double {
        let bytes = try cell.value(for: Double.self, accepting: [.float8, .float4, .numeric, .int8, .int4, .int2])
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else {
            throw cell.failure("value \(cell.preview) is not a number")
        }
        return value
    }
}
