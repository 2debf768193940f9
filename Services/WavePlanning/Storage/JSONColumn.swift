import Foundation
import Postgres

/// Codable values stored in `jsonb` columns (the persisted plan, ledger and configuration).
enum JSONColumn {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The `jsonb` column `column` of `row` decoded as `Value`.
    static func decode<Value: Decodable>(_ type: Value.Type, _ row: PostgresRow, _ column: String) throws -> Value {
        try decode(type, from: try row.decode(column, as: String.self))
    }
}
