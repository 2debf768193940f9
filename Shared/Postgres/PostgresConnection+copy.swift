import CLibPQ

extension PostgresConnection {
    /// Bulk-loads `rows` with `COPY table (columns) FROM STDIN` (text format) and returns the number of rows copied.
    ///
    /// `table` may be schema-qualified (`voting.intents`); each part and each column is quoted as an identifier.
    /// Every row must have one value per column. Costs two round trips whatever the row count; data is streamed in
    /// chunks, so memory stays bounded.
    public func copy(into table: String, columns: [String], rows: [[any PostgresBindable]]) throws(PostgresError) -> Int {
        try ensureOpen()
        guard !columns.isEmpty else { throw PostgresError(.invalidArgument, "COPY into \(table) needs columns") }
        if let bad = rows.firstIndex(where: { $0.count != columns.count }) {
            throw PostgresError(
                .invalidArgument, "COPY row \(bad) has \(rows[bad].count) values for \(columns.count) columns")
        }
        guard !rows.isEmpty else { return 0 }
        var quotedColumns: [String] = []
        for column in columns { quotedColumns.append(try PostgresIdentifier.quote(column)) }
        let sql = "COPY \(try PostgresIdentifier.quoteQualified(table)) (\(quotedColumns.joined(separator: ", "))) FROM STDIN"

        let start = PQexec(handle, sql)
        roundTrips += 1
        guard let start, PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try consume(start, action: "COPY")  // throws the server's reason (no such table, …)
            throw PostgresError(.protocol, "COPY did not enter COPY IN state")
        }
        PQclear(start)

        let chunkSize = 1 << 18
        var encoder = CopyEncoder(capacity: chunkSize + 4096)
        for row in rows {
            encoder.append(row: row)
            if encoder.bytes.count >= chunkSize {
                try sendCopyData(encoder.bytes)
                encoder.removeAll()
            }
        }
        try sendCopyData(encoder.bytes)
        guard PQputCopyEnd(handle, nil) == 1 else { throw callFailure("ending COPY") }
        roundTrips += 1
        defer { drainResults() }
        return try consume(PQgetResult(handle), action: "COPY").affectedRows
    }

    /// Sends in pieces of at most 1 MiB, so even a giant row never overflows libpq's `int` length.
    private func sendCopyData(_ bytes: [UInt8]) throws(PostgresError) {
        let piece = 1 << 20
        for offset in stride(from: 0, to: bytes.count, by: piece) {
            let length = min(piece, bytes.count - offset)
            let sent = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    PQputCopyData(handle, $0.baseAddress?.advanced(by: offset), Int32(length))
                }
            }
            guard sent == 1 else { throw callFailure("sending COPY data") }
        }
    }
}
