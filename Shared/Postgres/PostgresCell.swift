/// One column value of one row, as handed to ``PostgresDecodable`` implementations.
///
/// `bytes` is the text-format value (a slice of the result's shared buffer, not a copy), or `nil` for SQL NULL.
public struct PostgresCell: Sendable {
    public let bytes: ArraySlice<UInt8>?
    public let type: PostgresType
    /// The column name (for array elements `name[i]`), used in every error about this value.
    public let column: String

    public init(bytes: ArraySlice<UInt8>?, type: PostgresType, column: String) {
        self.bytes = bytes
        self.type = type
        self.column = column
    }

    /// The bytes of a non-NULL value whose type is in `accepted` (any type when `accepted` is nil),
    /// or an error naming the column, the column's type and the Swift type asked for.
    public func value(
        for swiftType: Any.Type, accepting accepted: [PostgresType]?
    ) throws(PostgresError) -> ArraySlice<UInt8> {
        guard let bytes else {
            throw failure("is NULL but \(swiftType) is not optional (decode as \(swiftType)? instead)")
        }
        if let accepted, !accepted.contains(type) {
            throw failure("has type \(type), which cannot be decoded as \(swiftType)")
        }
        return bytes
    }

    /// A decoding error about this cell.
    public func failure(_ problem: String) -> PostgresError {
        PostgresError(.decoding, "column \"\(column)\" \(problem)", column: column)
    }

    /// The value as text, for error messages (shortened so a huge value cannot flood a log).
    var preview: String {
        guard let bytes else { return "NULL" }
        let text = String(decoding: bytes.prefix(64), as: UTF8.self)
        return bytes.count > 64 ? "\"\(text)…\"" : "\"\(text)\""
    }
}
