import Foundation

extension Date: PostgresArrayElement {
    public static var postgresArrayElementNeedsQuotes: Bool { false }

    /// A `timestamptz` literal in UTC with microseconds (`2024-05-01T12:30:00.250000Z`). PostgreSQL stores
    /// microseconds, so the value is rounded to the nearest one. A date PostgreSQL cannot represent (NaN, or
    /// hundreds of thousands of years away) becomes a literal the server rejects with an error naming it.
    public var postgresText: String? {
        let micros = (timeIntervalSince1970 * 1_000_000).rounded()
        guard micros.isFinite, abs(micros) < 9.0e18 else { return "out-of-range date \(timeIntervalSince1970)" }
        return PostgresTimestamp.format(micros: Int64(micros))
    }

    /// Decodes `timestamptz`, and `timestamp` / `date` read as UTC.
    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> Date {
        let bytes = try cell.value(for: Date.self, accepting: [.timestamptz, .timestamp, .date])
        guard let micros = PostgresTimestamp.parse(bytes) else {
            throw cell.failure("value \(cell.preview) is not a finite ISO timestamp")
        }
        return Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }
}
