import Foundation

extension UUID: PostgresArrayElement {
    /// Lowercase, as PostgreSQL prints it, so values compare equal as text too.
    public var postgresText: String? { lowercaseText }
    public static var postgresArrayElementNeedsQuotes: Bool { false }

    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> UUID {
        let bytes = try cell.value(for: UUID.self, accepting: [.uuid])
        guard let value = UUID(uuidString: String(decoding: bytes, as: UTF8.self)) else {
            throw cell.failure("value \(cell.preview) is not a UUID")
        }
        return value
    }
}

extension UUID {
    /// The canonical lowercase form (`7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11`), written directly: on Linux,
    /// `uuidString` formats each byte with `sprintf`, and UUID arrays are bound by the thousand.
    public var lowercaseText: String {
        let digits: StaticString = "0123456789abcdef"
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var index = 0
                for (offset, byte) in bytes.enumerated() {
                    if offset == 4 || offset == 6 || offset == 8 || offset == 10 {
                        text[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    text[index] = digits.utf8Start[Int(byte >> 4)]
                    text[index + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    index += 2
                }
                return index
            }
        }
    }
}
