import CLibPQ

/// A `PGresult` copied into one Swift byte buffer, so the `PGresult` can be cleared at once and rows can cross
/// threads. One copy per result, not one allocation per cell.
final class ResultStorage: Sendable {
    let columns: [PostgresColumn]
    let rowCount: Int
    /// All non-NULL values back to back.
    let bytes: [UInt8]
    /// Per cell (row-major): end offset into `bytes`; the start is the previous cell's end.
    let ends: [Int]
    /// Per cell: true for SQL NULL.
    let nulls: [Bool]

    static let empty = ResultStorage(columns: [], rowCount: 0, bytes: [], ends: [], nulls: [])

    private init(columns: [PostgresColumn], rowCount: Int, bytes: [UInt8], ends: [Int], nulls: [Bool]) {
        self.columns = columns
        self.rowCount = rowCount
        self.bytes = bytes
        self.ends = ends
        self.nulls = nulls
    }

    /// Copies every value of `result` (which the caller still owns and clears).
    convenience init(copying result: OpaquePointer) {
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        let columns = (0..<columnCount).map { index in
            PostgresColumn(
                name: PQfname(result, Int32(index)).map { String(cString: $0) } ?? "?column?",
                type: PostgresType(oid: PQftype(result, Int32(index))))
        }
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var nulls: [Bool] = []
        ends.reserveCapacity(rowCount * columnCount)
        nulls.reserveCapacity(rowCount * columnCount)
        for row in 0..<Int32(rowCount) {
            for column in 0..<Int32(columnCount) {
                let isNull = PQgetisnull(result, row, column) == 1
                if !isNull, let value = PQgetvalue(result, row, column) {
                    let length = Int(PQgetlength(result, row, column))
                    bytes.append(contentsOf: UnsafeRawBufferPointer(start: value, count: length))
                }
                ends.append(bytes.count)
                nulls.append(isNull)
            }
        }
        self.init(columns: columns, rowCount: rowCount, bytes: bytes, ends: ends, nulls: nulls)
    }

    func cell(row: Int, column: Int) -> PostgresCell {
        let index = row * columns.count + column
        let start = index == 0 ? 0 : ends[index - 1]
        let info = columns[column]
        return PostgresCell(bytes: nulls[index] ? nil : bytes[start..<ends[index]], type: info.type, column: info.name)
    }
}
