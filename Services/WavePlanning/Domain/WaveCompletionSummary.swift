/// The `wave.completed` payload (EVENTS.md) plus the stop reason (D000-32): what the wave spent,
/// what the platform retained (`spent + retained = budget`, never carried over), and per company.
public struct WaveCompletionSummary: Sendable, Equatable, Codable {
    public var waveId: String
    public var budgetCents: Int64
    public var spentCents: Int64
    public var retainedCents: Int64
    public var passes: Int
    public var productsBought: Int
    public var perCompany: [CompanySpend]
    public var flaggedCount: Int
    public var stopReason: StopReason
}

/// One company's spend in a wave.
public struct CompanySpend: Sendable, Equatable, Codable {
    public var companyId: String
    public var spentCents: Int64
}
