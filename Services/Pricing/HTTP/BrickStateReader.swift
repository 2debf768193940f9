import Auth
import Foundation
import Postgres
import PricingDomain
import ServiceKit

/// A brick's state as each of several callers may see it (P-30): the one place the access rules of
/// §5 and §24 meet the database, shared by `GET /state` and the live WebSocket feed.
struct BrickStateReader: Sendable {
    let store: PricingStore
    let pool: PostgresPool
    let config: PricingConfig

    /// One response per viewer (nil = anonymous), in order; nil when the brick is not listed.
    /// Two queries whatever the number of viewers: the state, and which verified viewers voted this cycle.
    func responses(brickId: UUID, for viewers: [BearerClaims?]) async throws -> [BrickStateResponse]? {
        let store = store
        let verified = Array(Set(viewers.compactMap { $0?.isVerified == true ? $0?.userId : nil }))
        let loaded = try await pool.withConnection { connection -> (BrickPriceState, Set<UUID>)? in
            guard let state = try store.decodeStates(try connection.query(store.state(of: brickId))).first else { return nil }
            guard !verified.isEmpty else { return (state, []) }
            let rows = try connection.query(store.voters(among: verified, brickId: brickId, cycleId: state.cycleId))
            return (state, Set(try rows.map { try $0.decode(0, as: UUID.self) }))
        }
        guard let (state, voters) = loaded else { return nil }
        return try viewers.map { viewer in
            BrickStateResponse(try BrickStateView(state: state, viewer: Self.level(of: viewer, voters: voters), config: config))
        }
    }

    private static func level(of viewer: BearerClaims?, voters: Set<UUID>) -> BrickViewer {
        guard let viewer else { return .loggedOut }
        guard viewer.isVerified, let userId = viewer.userId else { return .unverified }
        return .verified(hasVotedInCurrentCycle: voters.contains(userId))
    }
}
