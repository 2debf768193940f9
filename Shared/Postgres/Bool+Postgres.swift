extension Bool: PostgresArrayElement {
    public var postgresText: String? { self ? "t" : "f" }
    public static var postgresArrayElementNeedsQuotes: Bool { false }

    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Bool {
        let bytes = try cell.value(for: Bool.self, accepting: [.bool])
        switch bytes.first {
        case UInt8(ascii: "t") where bytes.count == 1: return true
        case UInt8(ascii: "f") where bytes.count == 1: return false
        default: throw cell.failure("value \(cell.preview) is not a boolean")
        }
    }
}
