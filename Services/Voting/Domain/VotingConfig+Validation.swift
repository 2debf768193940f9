import Foundation

/// Why a ``VotingConfig`` was refused; each case names the offending key.
public enum VotingConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalid(key: String, reason: String)
    case unknownTimeZone(String)

    public var description: String {
        switch self {
        case .invalid(let key, let reason): "invalid voting config \(key): \(reason)"
        case .unknownTimeZone(let zone): "invalid voting config streakTimeZone: unknown time zone \"\(zone)\""
        }
    }
}

extension VotingConfig {
    /// Checks every key, so a bad environment stops the service at start-up instead of
    /// producing odd weights or trapping arithmetic later.
    public func validate() throws(VotingConfigError) {
        guard fairRangePct.rawValue >= 0, fairRangePct.rawValue < 10_000 else {
            throw .invalid(key: "fairRangePct", reason: "must be in [0, 10000) basis points")
        }
        guard let first = priceTiers.first, first.minPrice.rawValue <= 0,
            zip(priceTiers, priceTiers.dropFirst()).allSatisfy({ $0.minPrice < $1.minPrice })
        else { throw .invalid(key: "priceTiers", reason: "must start at 0 and ascend strictly") }
        guard voteCreditsMax >= 1 else { throw .invalid(key: "voteCreditsMax", reason: "must be at least 1") }
        guard creditRegainMovePct.rawValue >= 0 else {
            throw .invalid(key: "creditRegainMovePct", reason: "must not be negative")
        }
        guard zip(accountAgeBands, accountAgeBands.dropFirst()).allSatisfy({ $0.youngerThan < $1.youngerThan }),
            (accountAgeBands.map(\.weight) + [matureAccountWeight]).allSatisfy({ $0.isFinite && $0 >= 0 })
        else { throw .invalid(key: "accountAgeBands", reason: "ages must ascend and weights be finite and ≥ 0") }
        guard trustMultipliers.all.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalid(key: "trustMultipliers", reason: "must be finite and ≥ 0")
        }
        guard maxWeight.isFinite, maxWeight >= 0 else { throw .invalid(key: "maxWeight", reason: "must be finite and ≥ 0") }
        try userRateLimit.validate(key: "userRateLimit")
        try ipRateLimit.validate(key: "ipRateLimit")
        guard [xp.vote, xp.recheck, xp.streak, xp.accuracy].allSatisfy({ $0 >= 0 }) else {
            throw .invalid(key: "xp", reason: "amounts must not be negative")
        }
        try trustThresholds.validate()
        guard TimeZone(identifier: streakTimeZone) != nil else { throw .unknownTimeZone(streakTimeZone) }
    }
}
