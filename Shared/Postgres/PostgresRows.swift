/// The rows of one statement, copied out of libpq (the `PGresult` is already cleared), safe to keep and send.
///
/// ```swift
/// for row in try connection.query("SELECT id, name FROM items WHERE owner = $1", [owner]) {
///     let id: UUID = try row.decode("id")
/// }
/// ```
public struct PostgresRows: Sendable, RandomAccessCollection {
    let storage: ResultStorage
    /// Rows inserted, updated, deleted, copied or selected, from the command tag (0 when it has none).
    public let affectedRows: Int
    /// The command tag, e.g. `INSERT 0 3`.
    public let commandTag: String

    init(storage: ResultStorage, affectedRows: Int, commandTag: String) {
        self.storage = storage
        self.affectedRows = affectedRows
        self.commandTag = commandTag
    }

    public var columns: [PostgresColumn] { storage.columns }
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.rowCount }
    public subscript(position: Int) -> PostgresRow { PostgresRow(storage: storage, index: position) }
}

/// One row of ``PostgresRows``; decode its columns by position or name.
public struct PostgresRow: Sendable {
    let storage: ResultStorage
    let index: Int

    public var columns: [PostgresColumn] { storage.columns }

    /// The value of column `column` (zero-based) as `T`; a NULL into a non-optional type, a type mismatch or a
    /// bad position is a ``PostgresError`` naming the column.
    public func decode<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws(PostgresError) -> T {
        guard storage.columns.indices.contains(column) else {
            throw PostgresError(
                .decoding, "column index \(column) is out of range; the row has \(storage.columns.count) columns")
        }
        return try T.postgresDecode(storage.cell(row: index, column: column))
    }

    /// The value of the column named `name` (the first one, if several share it) as `T`.
    public func decode<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws(PostgresError) -> T {
        guard let column = storage.columns.firstIndex(where: { $0.name == name }) else {
            let names = storage.columns.map(\.name).joined(separator: ", ")
            throw PostgresError(.decoding, "no column named \"\(name)\" (columns: \(names))", column: name)
        }
        return try T.postgresDecode(storage.cell(row: index, column: column))
    }
}
