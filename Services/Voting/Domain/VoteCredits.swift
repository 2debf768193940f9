import Money

/// A user's vote credits on one brick (§22, P-24; `user_brick_vote_credits`).
///
/// Three per user × brick, created on the first attempt; each accepted vote consumes one, on
/// frozen bricks too (§22: intentional). They come back only by ``regained(livePrice:recheckEpoch:config:)``:
/// a new cycle alone regains nothing, which is what stops infinite revoting (§26).
public struct VoteCredits: Sendable, Hashable, Codable {
    /// Credits left, in `0 … VOTE_CREDITS_MAX`.
    public var remaining: Int
    /// Live price stamped on the user's last accepted vote here; `nil` before the first.
    public var lastVotePrice: Cents?
    /// Cycle number stamped on that vote: "voted this cycle" of the my-brick view (§24).
    public var lastVoteCycleNumber: Int?
    /// The brick's recheck epoch these credits last regained for (P-24: once per recheck).
    public var regainedForRecheckEpoch: Int

    public init(remaining: Int, lastVotePrice: Cents? = nil, lastVoteCycleNumber: Int? = nil, regainedForRecheckEpoch: Int) {
        self.remaining = remaining
        self.lastVotePrice = lastVotePrice
        self.lastVoteCycleNumber = lastVoteCycleNumber
        self.regainedForRecheckEpoch = regainedForRecheckEpoch
    }

    /// The credits of a first attempt: full, and counted as already regained for the brick's
    /// current recheck epoch — a recheck before a user's first vote gives them nothing extra.
    public static func fresh(for brick: BrickView, config: VotingConfig) -> VoteCredits {
        VoteCredits(remaining: config.voteCreditsMax, regainedForRecheckEpoch: brick.recheckEpoch)
    }

    /// The credits after one accepted vote stamped with `price` and `cycleNumber`, or `nil`
    /// when none is left (`NO_CREDITS`, B.1 step 7).
    public func consuming(price: Cents, cycleNumber: Int) -> VoteCredits? {
        guard remaining > 0 else { return nil }
        var next = self
        next.remaining -= 1
        next.lastVotePrice = price
        next.lastVoteCycleNumber = cycleNumber
        return next
    }
}
