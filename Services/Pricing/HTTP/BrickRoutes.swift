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

    /// The longest history one request may ask for.
    static let maximumHistoryDays = 3_660

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/api/bricks/:id/state") { request, context in
            try await state(brickId: try brickId(context), authorization: request.headers[.authorization])
        }
        router.get("/api/bricks/:id/history") { request, context in
            try await history(
                brickId: try brickId(context), from: request.uri.queryParameters["from"].map(String.init),
                to: request.uri.queryParameters["to"].map(String.init))
        }
    }

    func state(brickId: UUID, authorization: String?) async throws -> BrickStateResponse {
        let viewer = try await tokens.caller(authorization: authorization)
        let store = store
        let (state, voted) = try await pool.withConnection { connection -> (BrickPriceState?, Bool) in
            guard let state = try store.decodeStates(try connection.query(store.state(of: brickId))).first else { return (nil, false) }
            guard let viewer, viewer.isVerified, let userId = viewer.userId else {
                return (state, false)
            }
            let check = store.hasVoted(userId: userId, brickId: brickId, cycleId: state.cycleId)
            return (state, try connection.query(check)[0].decode(0, as: Bool.self))
        }
        guard let state else { throw ProblemDetails.notFound("brick \(brickId.uuidString.lowercased()) is not listed") }
        var level = BrickViewer.loggedOut
        if let viewer { level = viewer.isVerified ? .verified(hasVotedInCurrentCycle: voted) : .unverified }
        return BrickStateResponse(try BrickStateView(state: state, viewer: level, config: config))
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

    private func brickId(_ context: some RequestContext) throws -> UUID {
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
