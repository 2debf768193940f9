/// One company of the candidate read model (seed §2, D000-05).
public struct CandidateCompany: Sendable, Equatable, Codable {
    public var companyId: String
    public var reputationScore: Double?
    public var balanceCents: Int64
    public var flaggedStatus: CompanyFlag
    /// D000-05: recent refund rate in [0, 1]; `nil` is 0.
    public var refundRate: Double?

    public init(
        companyId: String, reputationScore: Double? = nil, balanceCents: Int64 = 0,
        flaggedStatus: CompanyFlag = .none, refundRate: Double? = nil
    ) {
        self.companyId = companyId
        self.reputationScore = reputationScore
        self.balanceCents = balanceCents
        self.flaggedStatus = flaggedStatus
        self.refundRate = refundRate
    }

    /// D000-05: refund rate clamped to [0, 1], NaN treated as 0.
    var refundUnit: Double { clampUnit(refundRate) }
}

/// `flaggedStatus` of EVENTS.md; any value other than `none` excludes the company (D000-02).
public enum CompanyFlag: String, Sendable, Equatable, Codable {
    case none = "NONE"
    case watch = "WATCH"
    case blocked = "BLOCKED"
}

/// D000-07: clamp to [0, 1] with `nil` and NaN treated as 0, so a bad row cannot poison a score.
func clampUnit(_ value: Double?) -> Double {
    guard let value, !value.isNaN else { return 0 }
    return min(max(value, 0), 1)
}
