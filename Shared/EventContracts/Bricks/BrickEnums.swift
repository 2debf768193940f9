/// A voter's judgement of a brick's fair range (seed 003 §6).
public enum VoteType: String, ContractEnum {
    case under = "UNDER", fair = "FAIR", over = "OVER"
}

/// Why voting refused an intent (`vote.rejected`).
public enum VoteRejectionReason: String, ContractEnum {
    case noCredits = "NO_CREDITS", unknownBrick = "UNKNOWN_BRICK", unknownUser = "UNKNOWN_USER"
    case rateLimited = "RATE_LIMITED", banned = "BANNED"
}

/// What earned experience points (decision P-25).
public enum XPReason: String, ContractEnum {
    case vote = "VOTE", streak = "STREAK", recheck = "RECHECK", accuracy = "ACCURACY"
}

/// Whether a brick's price is locked (seed 003 §23; the seed's boolean `freeze_mode`).
public enum FreezeMode: String, ContractEnum {
    /// Normal pricing: votes move the price.
    case none = "NONE"
    /// Price locked until `freezeUntil`; votes are logged but do not count (Option A).
    case frozen = "FROZEN"
}

/// The direction of one price move.
public enum PriceDirection: String, ContractEnum {
    case up = "UP", down = "DOWN"
}

/// The net direction of a closed cycle; `NONE` when it closed without a net move.
public enum CycleDirection: String, ContractEnum {
    case up = "UP", down = "DOWN", none = "NONE"
}

/// Why a brick entered (`FAIR_CONSENSUS`) or left (`TIMEOUT`, `RECHECK`) a freeze.
public enum FreezeChangeReason: String, ContractEnum {
    case fairConsensus = "FAIR_CONSENSUS", timeout = "TIMEOUT", recheck = "RECHECK"
}

enum Subject {
    static func brick(_ id: String) -> String { "brick/\(id)" }
    static func user(_ id: String) -> String { "user/\(id)" }
}
