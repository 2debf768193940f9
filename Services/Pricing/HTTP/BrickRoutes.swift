import Auth
import Foundation
import Hummingbird
import Postgres
import PricingDomain
import ServiceKit

/// Pricing's HTTP API (Appendix C, P-30): a brick's state and its daily closes.
struct BrickRoutes: Sendable {
    let store: PricingStore
    let pool: PostgresPool
    let config: PricingConfig
    let tokens: BearerTokens
    var reader: BrickStateReader { BrickStateReader(store: store, pool: pool, config: config) }
    var live: LiveAccess { LiveAccess(reader: reader, tokens: tokens) }

    /// The longest history one request may ask for.
    static let maximumHistoryDays = 3_660

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/api/bricks/:id/state") { request, context in
            try await state(brickId: try Self.brickId(context), authorization: request.headers[.authorization])
        }
        // Reached by requests that are not a valid WebSocket upgrade (see LiveRoutes).
        router.get("/api/bricks/:id/live") { request, context -> Response in
            let (brickId, _) = try await live.subscription(request, context)
            throw ProblemDetails(
                .upgradeRequired, detail: "GET /api/bricks/\(brickId.uuidString.lowercased())/live is a WebSocket endpoint")
        }
        router.get("/api/bricks/:id/history") { request, context in
            try await history(
                brickId: try Self.brickId(context), from: request.uri.queryParameters["from"].map(String.init),
                to: request.uri.queryParameters["to"].map(String.init))
        }
    }

    func state(brickId: UUID, authorization: String?) async throws -> BrickStateResponse {
        let viewer = try await tokens.caller(authorization: authorization)
        guard let response = try await reader.responses(brickId: brickId, for: [viewer])?.first else {
            throw Self.notListed(brickId)
        }
        return response
    }

    func history(brickId: UUID, from: String?, to: String?) async throws -> BrickHistoryResponse {
        let first = try day(from, field: "from")
        let last = try day(to, field: "to")
        guard first <= last else { throw ProblemDetails.badRequest("from \(first) is after to \(last)", field: "from") }
        guard last.dayNumber - first.dayNumber < Self.maximumHistoryDays else {
            throw ProblemDetails.badRequest("at most \(Self.maximumHistoryDays) days per request", field: "to")
        }
        let store = store
        let closes = try await pool.withConnection { connection in
            try store.decodeCloses(try connection.query(store.closes(of: brickId, from: first, to: last)))
        }
        return BrickHistoryResponse(brickId: brickId.uuidString.lowercased(), closes: closes)
    }

    static func notListed(_ brickId: UUID) -> ProblemDetails {
        ProblemDetails.notFound("brick \(brickId.uuidString.lowercased()) is not listed")
    }

    static func brickId(_ context: some RequestContext) throws -> UUID {
        let text = context.parameters.get("id") ?? ""
        guard let id = UUID(uuidString: text) else {
            throw ProblemDetails.badRequest("brick id \(text.debugDescription) is not a UUID", field: "id")
        }
        return id
    }

    private func day(_ text: String?, field: String) throws -> TradingDay {
        guard let text else { throw ProblemDetails.badRequest("query parameter \(field) (YYYY-MM-DD) is required", field: field) }
        do {
            return try TradingDay(parsing: text)
        } catch {
            throw ProblemDetails.badRequest("\(error)", field: field)
        }
    }
}
