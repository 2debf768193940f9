import EventContracts
import Foundation
import TestSupport

/// The vote load of the disruption run: `voters` verified users, each voting once on each of
/// `bricks` bricks (so no credit runs out and every intent could be recorded), vote types drawn
/// from a seeded generator.
struct ChaosCrowd {
    let voters: [UUID]
    let bricks: [UUID]
    let intents: [CloudEvent<VoteIntentSubmitted>]

    init(votes: Int, seed: UInt64) {
        let brickCount = max(10, Int(Double(votes).squareRoot() / 2))
        let voterCount = (votes + brickCount - 1) / brickCount
        var random = SplitMix64(seed: seed)
        let voters = (0..<voterCount).map { _ in UUID() }
        let bricks = (0..<brickCount).map { _ in UUID() }
        self.voters = voters
        self.bricks = bricks
        var pairs = Array(voters.flatMap { user in bricks.map { (user, $0) } }.prefix(votes))
        pairs.shuffle(using: &random)
        let types: [VoteType] = [.over, .over, .under, .under, .fair]
        intents = pairs.enumerated().map { n, pair in
            Outside.intent(user: pair.0, brick: pair.1, types[Int.random(in: 0..<types.count, using: &random)], ip: "chaos-\(n)")
        }
    }

    /// Publishes the users and the bricks and waits until voting and pricing both know all of them.
    func list(in system: SystemUnderTest) async throws {
        try await system.publishPersistently(try system.outgoing(voters.map(Outside.user)))
        try await system.publishPersistently(try system.outgoing(bricks.map { Outside.brick($0, priceCents: 10_000) }))
        let known = try await system.eventually(timeout: .seconds(180)) {
            let users = try await system.integer("SELECT count(*) FROM {schema}.users", in: .voting)
            let votable = try await system.integer("SELECT count(*) FROM {schema}.bricks", in: .voting)
            let priced = try await system.integer("SELECT count(*) FROM {schema}.brick_price_state", in: .pricing)
            return users == voters.count && votable == bricks.count && priced == bricks.count
        }
        guard known else { throw NeverListed(brick: bricks[0]) }
    }
}
