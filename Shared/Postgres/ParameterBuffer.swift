/// Parameter values as NUL-terminated C strings in one contiguous buffer.
///
/// libpq reads the pointers during the call it is given them in (it copies them into its output buffer), so
/// ``withPointers(_:)`` keeps the buffer alive for exactly that call: no dangling pointers from temporary
/// `String` conversions, and one allocation per statement instead of one per value.
struct ParameterBuffer {
    private var storage: [UInt8] = []
    /// Per parameter: start offset in `storage`, or nil for SQL NULL.
    private var starts: [Int?] = []

    /// libpq's protocol limit on parameters per statement.
    static let maximumCount = 65_535

    init(_ parameters: [any PostgresBindable]) throws(PostgresError) {
        guard parameters.count <= Self.maximumCount else {
            throw PostgresError(
                .invalidArgument,
                "\(parameters.count) parameters exceed PostgreSQL's limit of \(Self.maximumCount); pass arrays instead")
        }
        try self.init(texts: parameters.lazy.map { $0.postgresText })
    }

    init(texts: some Sequence<String?>) throws(PostgresError) {
        for text in texts {
            guard let text else {
                starts.append(nil)
                continue
            }
            if text.utf8.contains(0) {
                throw PostgresError(
                    .invalidArgument, "parameter $\(starts.count + 1) contains a NUL byte, which text values cannot hold")
            }
            starts.append(storage.count)
            storage.append(contentsOf: text.utf8)
            storage.append(0)
        }
    }

    var count: Int32 { Int32(starts.count) }

    func withPointers<R, E: Error>(_ body: ([UnsafePointer<CChar>?]) throws(E) -> R) throws(E) -> R {
        try storage.withUnsafeBufferPointer { (bytes) throws(E) -> R in
            try bytes.withMemoryRebound(to: CChar.self) { (chars) throws(E) -> R in
                try body(starts.map { start in start.flatMap { chars.baseAddress?.advanced(by: $0) } })
            }
        }
    }
}
