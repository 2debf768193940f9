import Money

extension VoteCredits {
    /// B.1 step 6, P-24: at an attempt, credits refill to VOTE_CREDITS_MAX when the live price
    /// is ≥ CREDIT_REGAIN_MOVE_PCT away from the user's last accepted vote's price, or when the
    /// brick's recheck epoch is newer than the one these credits last regained for (so each
    /// recheck regains once).
    public func regained(livePrice: Cents, recheckEpoch: Int, config: VotingConfig) -> VoteCredits {
        var next = self
        if recheckEpoch > regainedForRecheckEpoch {
            next.remaining = config.voteCreditsMax
            next.regainedForRecheckEpoch = recheckEpoch
        }
        if let lastVotePrice, Self.hasMoved(from: lastVotePrice, to: livePrice, by: config.creditRegainMovePct) {
            next.remaining = config.voteCreditsMax
        }
        return next
    }

    /// `|live − last| ≥ pct × last`, exact in cents: `10 000·|live − last| ≥ bp·last` in 128 bits.
    /// An unchanged price never qualifies (0 % of a zero price is 0).
    static func hasMoved(from last: Cents, to live: Cents, by pct: BasisPoints) -> Bool {
        guard live != last else { return false }
        let distance = (Int128(live.rawValue) - Int128(last.rawValue)).magnitude
        return distance * UInt128(BasisPoints.perWhole)
            >= Int128(pct.rawValue).magnitude * Int128(last.rawValue).magnitude
    }
}
