/// Parameter values in one contiguous buffer: texts NUL-terminated, binary values with their lengths.
///
/// libpq reads the pointers during the call it is given them in (it copies them into its output buffer), so
/// ``withPointers(_:)`` keeps the buffer alive for exactly that call: no dangling pointers from temporary
/// `String` conversions, and one allocation per statement instead of one per value.
struct ParameterBuffer {
    private var storage: [UInt8] = []
    /// Per parameter: start offset in `storage`, or nil for SQL NULL.
    private var starts: [Int?] = []
    /// Per parameter: byte length of a binary value, 0 for a text one (libpq ignores it).
    private var lengths: [Int32] = []
    /// Per parameter: 1 for binary, 0 for text.
    private var formats: [Int32] = []

    /// libpq's protocol limit on parameters per statement.
    static let maximumCount = 65_535

    init(_ parameters: [any PostgresBindable]) throws(PostgresError) {
        guard parameters.count <= Self.maximumCount else {
            throw PostgresError(
                .invalidArgument,
                "\(parameters.count) parameters exceed PostgreSQL's limit of \(Self.maximumCount); pass arrays instead")
        }
        for parameter in parameters {
            if let binary = parameter as? any PostgresBinaryBindable {
                let start = storage.count
                binary.appendPostgresBinary(to: &storage)
                starts.append(start)
                lengths.append(Int32(storage.count - start))
                formats.append(1)
            } else {
                try append(text: parameter.postgresText)
            }
        }
    }

    init(texts: some Sequence<String?>) throws(PostgresError) {
        for text in texts { try append(text: text) }
    }

    private mutating func append(text: String?) throws(PostgresError) {
        lengths.append(0)
        formats.append(0)
        guard let text else {
            starts.append(nil)
            return
        }
        if text.utf8.contains(0) {
            throw PostgresError(
                .invalidArgument, "parameter $\(starts.count + 1) contains a NUL byte, which text values cannot hold")
        }
        starts.append(storage.count)
        storage.append(contentsOf: text.utf8)
        storage.append(0)
    }

    var count: Int32 { Int32(starts.count) }

    /// Calls `body` with the values' pointers, lengths and formats, as `PQexecParams` and `PQsendQueryParams` take them.
    func withPointers<R, E: Error>(
        _ body: ([UnsafePointer<CChar>?], [Int32], [Int32]) throws(E) -> R
    ) throws(E) -> R {
        try storage.withUnsafeBufferPointer { (bytes) throws(E) -> R in
            try bytes.withMemoryRebound(to: CChar.self) { (chars) throws(E) -> R in
                try body(starts.map { start in start.flatMap { chars.baseAddress?.advanced(by: $0) } }, lengths, formats)
            }
        }
    }
}
