import Foundation
import Postgres

extension SystemUnderTest {
    /// An integer from a query that joins several services' schemas, read as the admin (no service
    /// role may do this): `{voting}`, `{pricing}`, `{wave_planning}`, … stand for the run's schemas.
    func integerAcrossSchemas(_ sql: String) async throws -> Int {
        var text = sql
        for service in services { text = text.replacingOccurrences(of: "{\(service.defaultSchema)}", with: try schema(service)) }
        let query = text
        return try await pool.withConnection { try $0.query(query)[0].decode(0, as: Int.self) }
    }
}
