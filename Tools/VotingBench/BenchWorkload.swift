import EventContracts
import Foundation

/// The bench's users, bricks and intents. Intent `k` goes from user `k mod U` to brick
/// `(k div U) mod B`, each user with an ip of their own, so credits (3 per user × brick) and rate
/// limits (20 per user, 120 per ip per minute) do not reject them at scale 1 (every outcome counts
/// either way: the figure measures enrichment).
struct BenchWorkload: Sendable {
    let users: [UUID]
    let bricks: [UUID]
    let amqpIntents: Int
    let httpIntents: Int

    init(scale: Double) {
        users = (0..<max(10, Int(10_000 * scale))).map { _ in UUID() }
        bricks = (0..<max(1, Int(100 * scale))).map { _ in UUID() }
        amqpIntents = max(10, Int(50_000 * scale))
        httpIntents = max(10, Int(10_000 * scale))
    }

    /// User and brick of intent number `k` (counting AMQP intents first, then HTTP ones).
    func pair(_ k: Int) -> (user: Int, brick: Int) { (k % users.count, (k / users.count) % bricks.count) }

    static func event<P: EventPayload>(_ data: P) -> CloudEvent<P> {
        CloudEvent(id: UUID(), source: "urn:market:voting-bench", time: Date(), data: data)
    }

    var userEvents: [CloudEvent<UserUpserted>] {
        users.map { Self.event(UserUpserted(userId: $0.uuidString.lowercased(), emailVerified: true, accountCreatedAt: Date(timeIntervalSince1970: 1_600_000_000))) }
    }

    var brickEvents: [CloudEvent<BrickListed>] {
        bricks.map { Self.event(BrickListed(brickId: $0.uuidString.lowercased(), name: "bench", baselinePriceCents: 10_000, listedAt: Date())) }
    }

    var intentEvents: [CloudEvent<VoteIntentSubmitted>] {
        let now = Date()
        return (0..<amqpIntents).map { k in
            let (user, brick) = pair(k)
            return Self.event(
                VoteIntentSubmitted(
                    intentId: UUID().uuidString.lowercased(), userId: users[user].uuidString.lowercased(),
                    brickId: bricks[brick].uuidString.lowercased(), voteType: k % 3 == 0 ? .fair : .over, submittedAt: now,
                    ipHash: "bench-ip-\(user)"))
        }
    }

    /// `count` intents for the latency run, after the throughput runs' intents in the same user × brick walk.
    func latencyIntents(count: Int) -> [CloudEvent<VoteIntentSubmitted>] {
        (0..<count).map { n in
            let (user, brick) = pair(amqpIntents + httpIntents + n)
            return Self.event(
                VoteIntentSubmitted(
                    intentId: UUID().uuidString.lowercased(), userId: users[user].uuidString.lowercased(),
                    brickId: bricks[brick].uuidString.lowercased(), voteType: n % 3 == 0 ? .fair : .over, submittedAt: Date(),
                    ipHash: "bench-ip-\(user)"))
        }
    }
}
