import Foundation

extension UUID: PostgresArrayElement {
    /// Lowercase, as PostgreSQL prints it, so values compare equal as text too.
    public var postgresText: String? { uuidString.lowercased() }

    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> UUID {
        let bytes = try cell.value(for: UUID.self, accepting: [.uuid])
        guard let value = UUID(uuidString: String(decoding: bytes, as: UTF8.self)) else {
            throw cell.failure("value \(cell.preview) is not a UUID")
        }
        return value
    }
}
