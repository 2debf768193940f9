import Foundation

/// The rows a batch of intents reads and writes, loaded by the handler (under row locks on the
/// bricks) and written back after the batch: users, bricks, credits and ip buckets.
///
/// Entities absent from the maps are unknown (users, bricks) or untouched so far (credits are
/// created on the first attempt, buckets start full).
public struct EnrichmentState: Sendable, Hashable {
    public var voters: [UUID: VoterState]
    public var bricks: [UUID: BrickView]
    public var credits: [CreditKey: VoteCredits]
    /// Rate-limit buckets per ip hash (P-27).
    public var ipBuckets: [String: TokenBucket]

    public init(
        voters: [UUID: VoterState] = [:], bricks: [UUID: BrickView] = [:], credits: [CreditKey: VoteCredits] = [:],
        ipBuckets: [String: TokenBucket] = [:]
    ) {
        self.voters = voters
        self.bricks = bricks
        self.credits = credits
        self.ipBuckets = ipBuckets
    }
}

/// Credits are kept per user × brick (§22).
public struct CreditKey: Sendable, Hashable, Codable {
    public var userId: UUID
    public var brickId: UUID

    public init(userId: UUID, brickId: UUID) {
        self.userId = userId
        self.brickId = brickId
    }
}
