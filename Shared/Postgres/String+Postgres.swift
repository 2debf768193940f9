extension String: PostgresArrayElement {
    public var postgresText: String? { self }

    /// Any column decodes as its text form (an `int8` as "42", a `uuid` as its lowercase string).
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> String {
        String(decoding: try cell.value(for: String.self, accepting: nil), as: UTF8.self)
    }
}
