import EventContracts
import Foundation
import Postgres

/// A brick listed by the catalog with a crowd of voters the auth system knows, as voting and
/// pricing see them; the stories vote on it and read what the services did.
struct ListedBrick {
    let system: SystemUnderTest
    let id = UUID()
    let voters: [UUID]
    let baselineCents: Int64

    /// Publishes the voters and the listing, and returns once voting and pricing both serve the brick.
    static func list(in system: SystemUnderTest, voters count: Int, baselineCents: Int64) async throws -> ListedBrick {
        let voters = (0..<count).map { _ in UUID() }
        try await system.publish(voters.map(Outside.user))
        return try await list(in: system, knownVoters: voters, baselineCents: baselineCents)
    }

    /// Lists another brick for voters already published.
    static func list(in system: SystemUnderTest, knownVoters: [UUID], baselineCents: Int64) async throws -> ListedBrick {
        let brick = ListedBrick(system: system, voters: knownVoters, baselineCents: baselineCents)
        // After the users on the same channel: once voting knows the brick, it knows them too.
        try await system.publish([Outside.brick(brick.id, priceCents: baselineCents)])
        let token = try await system.token(for: brick.voters[0])
        let known = try await system.eventually {
            let priced = try await system.get(.pricing, "/api/bricks/\(brick.id.lowercaseText)/state").status == 200
            let votable = try await system.get(.voting, "/api/me/bricks/\(brick.id.lowercaseText)", token: token).status == 200
            return priced && votable
        }
        guard known else { throw NeverListed(brick: brick.id) }
        return brick
    }

    /// One intent per voter in `voters`, published as the web front would; `ip` names each one's ip hash.
    func vote(_ type: VoteType, by voters: ArraySlice<UUID>, ip: (Int) -> String) async throws {
        try await system.publish(voters.enumerated().map { n, user in Outside.intent(user: user, brick: id, type, ip: ip(n)) })
    }

    /// Waits until `count` votes on the brick were recorded; returns them in brickSeq order.
    func recorded(_ count: Int) async throws -> [VoteRecorded] {
        try await system.awaitEvents(VoteRecorded.self, subject: About.brick(id)) { $0.count >= count }
            .map(\.data).sorted { $0.brickSeq < $1.brickSeq }
    }

    /// Waits until pricing announced a state that applied the brick's votes up to `brickSeq`. Pricing
    /// puts a batch's moves and freezes in the outbox before that batch's state, so (with one pricing
    /// replica, whose relay keeps the outbox order) every event up to that vote has arrived by then.
    func awaitApplied(through brickSeq: Int64) async throws -> Bool {
        try await system.awaitEvents(BrickStateUpdated.self, subject: About.brick(id)) { events in
            events.contains { $0.data.appliedBrickSeq >= brickSeq }
        }.contains { $0.data.appliedBrickSeq >= brickSeq }
    }

    /// Waits until at least `count` moves were announced; returns them in the order pricing applied them.
    func awaitMoves(_ count: Int) async throws -> [BrickPriceMoved] {
        _ = try await system.awaitEvents(BrickPriceMoved.self, subject: About.brick(id)) { $0.count >= count }
        return moves
    }

    /// The price moves pricing announced so far, in the order it applied them.
    var moves: [BrickPriceMoved] {
        system.sink.events(BrickPriceMoved.self, subject: About.brick(id)).map(\.data)
            .sorted { $0.causedByVoteEventId < $1.causedByVoteEventId }
    }

    /// Pricing's answer to `GET /api/bricks/{id}/state` (anonymous).
    func state(replica: Int = 0) async throws -> PricingStateReply {
        try await system.get(.pricing, "/api/bricks/\(id.lowercaseText)/state", replica: replica).decode()
    }
}

/// The part of pricing's state answer the stories read.
struct PricingStateReply: Decodable, Equatable {
    let livePriceCents: Int64
    let lastVoteEventIdProcessed: Int64?

    enum CodingKeys: String, CodingKey {
        case livePriceCents = "live_price_cents"
        case lastVoteEventIdProcessed = "last_vote_event_id_processed"
    }
}

struct NeverListed: Error, CustomStringConvertible {
    let brick: UUID
    var description: String { "brick \(brick.lowercaseText) never became known to both voting and pricing" }
}
