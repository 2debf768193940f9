/// `wave.requested` (in, from a scheduler or ops): plan and run a purchase wave.
public struct WaveRequested: EventPayload {
    public static let eventType = "wave.requested"

    public var waveId: String
    /// Absent: the configured default budget.
    public var budgetCents: Int64?
    /// Absent: the configured seed, else the wave id (D000-42).
    public var seed: String?
    public var requestedBy: String

    public init(waveId: String, budgetCents: Int64? = nil, seed: String? = nil, requestedBy: String) {
        self.waveId = waveId
        self.budgetCents = budgetCents
        self.seed = seed
        self.requestedBy = requestedBy
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        if let budgetCents { try Check.atLeast(budgetCents, 1, "data.budgetCents") }
        if let seed { try Check.text(seed, "data.seed") }
        try Check.text(requestedBy, "data.requestedBy")
    }
}
