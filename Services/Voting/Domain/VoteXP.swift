import Foundation

/// The XP an accepted vote earns (P-25, B.1 step 10). Verified users only (§5: unverified users
/// get no XP): VOTE 10; RECHECK +15 when the brick is in recheck; STREAK +5 for the first vote
/// of a New York day that extends a run of consecutive days (the user's previous XP-earning vote
/// was on the day before). Votes on frozen bricks earn XP too (§23.2).
public enum VoteXP {
    /// The awards for `vote` and the user's XP progress after them.
    public static func awards(
        userId: UUID, brickId: UUID, voteEventId: Int64, emailVerified: Bool, brickNeedsRecheck: Bool,
        voteDay: Int?, progress: XPProgress, amounts: XPAmounts
    ) -> (awards: [XPAward], progress: XPProgress) {
        guard emailVerified else { return ([], progress) }
        func award(_ amount: Int64, _ reason: XPReason) -> XPAward {
            XPAward(userId: userId, brickId: brickId, voteEventId: voteEventId, amount: amount, reason: reason)
        }
        var awards = [award(amounts.vote, .vote)]
        if brickNeedsRecheck { awards.append(award(amounts.recheck, .recheck)) }
        var next = progress
        if let voteDay {
            if let last = progress.lastVoteDay, voteDay - 1 == last { awards.append(award(amounts.streak, .streak)) }
            // An intent submitted out of order never moves the streak back in time.
            next.lastVoteDay = max(progress.lastVoteDay ?? voteDay, voteDay)
        }
        // Zero amounts (a configuration that switches a reason off) are not events.
        awards.removeAll { $0.amount == 0 }
        return (awards, next.adding(awards))
    }
}
