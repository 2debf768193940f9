import Auth
import Hummingbird
import Postgres
import ServiceKit

/// The audit API (issue 7 §4): `GET /api/waves/{id}/sales` lists every sale of a wave, reversed ones
/// included, for operators (bearer token with the admin claim).
struct WaveSalesRoutes: Sendable {
    let store: PurchaseStore
    let pool: PostgresPool
    let tokens: BearerTokens

    /// Longest wave id accepted in a path (ids are short identifiers).
    static let maximumWaveIdLength = 200

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/api/waves/:id/sales") { request, context in
            _ = try await tokens.admin(authorization: request.headers[.authorization])
            return try await sales(waveId: try waveId(context))
        }
    }

    func sales(waveId: String) async throws -> WaveSalesResponse {
        let store = store
        let statement = store.sales(ofWave: waveId)
        let sales = try await pool.withConnection { connection in
            try store.decodeSales(try connection.query(statement.sql, statement.parameters))
        }
        return WaveSalesResponse(waveId: waveId, sales: sales)
    }

    private func waveId(_ context: some RequestContext) throws -> String {
        let id = context.parameters.get("id") ?? ""
        guard !id.isEmpty, id.utf8.count <= Self.maximumWaveIdLength else {
            throw ProblemDetails.badRequest(
                "wave id must have 1 to \(Self.maximumWaveIdLength) bytes", field: "id")
        }
        return id
    }
}
