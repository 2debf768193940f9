import Foundation
// `lowercaseText` and `init(canonicalText:)` belong to every user of this module's UUID codec.
@_exported import UUIDText

extension UUID: PostgresArrayElement {
    /// Lowercase, as PostgreSQL prints it, so values compare equal as text too.
    public var postgresText: String? { lowercaseText }
    public static var postgresArrayElementNeedsQuotes: Bool { false }

    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> UUID {
        let bytes = try cell.value(for: UUID.self, accepting: [.uuid])
        guard let value = UUID(canonicalText: bytes) else {
            throw cell.failure("value \(cell.preview) is not a UUID")
        }
        return value
    }
}
