import Foundation

/// Who voted in the current cycle and how the latest votes were spread in time and network:
/// the memory behind unique voters (P-19) and the W10 clustering test (P-18).
///
/// Like the weighted counters it is cycle-scoped and cleared on every new cycle (P-20).
public struct CycleParticipation: Sendable, Hashable, Codable {
    /// Distinct email-verified users with an applied vote in this cycle (P-19).
    public var verifiedVoters: Set<UUID>
    /// W10: the last ≤ `clusterWindowSize` applied votes of this cycle, oldest first (P-18).
    public var recentVotes: [RecentVote]

    /// A new cycle: nobody has voted.
    public static let empty = CycleParticipation(verifiedVoters: [], recentVotes: [])

    public init(verifiedVoters: Set<UUID>, recentVotes: [RecentVote]) {
        self.verifiedVoters = verifiedVoters
        self.recentVotes = recentVotes
    }

    /// `unique_voters` of §18.2 and §21.
    public var uniqueVoters: Int { verifiedVoters.count }

    /// Records an applied vote. P-19: an email-verified voter counts even with weight 0;
    /// unverified voters never count. W10 keeps only the newest `windowSize` votes.
    public mutating func record(_ vote: RecordedVote, windowSize: Int) {
        if vote.emailVerified {
            verifiedVoters.insert(vote.userId)
        }
        recentVotes.append(RecentVote(createdAt: vote.createdAt, ipHash: vote.ipHash))
        if recentVotes.count > windowSize {
            recentVotes.removeFirst(recentVotes.count - windowSize)
        }
    }
}

/// One entry of the W10 window: when the vote was cast and from which hashed ip.
public struct RecentVote: Sendable, Hashable, Codable {
    public var createdAt: Date
    public var ipHash: String?

    public init(createdAt: Date, ipHash: String?) {
        self.createdAt = createdAt
        self.ipHash = ipHash
    }
}
