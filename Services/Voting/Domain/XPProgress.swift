/// A user's XP so far (P-25): the total the my-brick view shows (§24) and the last New York
/// day they voted on, which decides STREAK.
public struct XPProgress: Sendable, Hashable, Codable {
    /// Sum of every XP awarded.
    public var total: Int64
    /// Day number (days since 1970-01-01, New York calendar) of the latest XP-earning vote.
    public var lastVoteDay: Int?

    public init(total: Int64 = 0, lastVoteDay: Int? = nil) {
        self.total = total
        self.lastVoteDay = lastVoteDay
    }

    /// This progress with `awards` added.
    func adding(_ awards: [XPAward]) -> XPProgress {
        var next = self
        for award in awards { next.total = next.total.saturatingAdd(award.amount) }
        return next
    }
}
