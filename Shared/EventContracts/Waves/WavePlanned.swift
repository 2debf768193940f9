/// `wave.planned` (wave-planning → ops, analytics): one pass of a wave was planned.
public struct WavePlanned: EventPayload {
    public static let eventType = "wave.planned"

    public var waveId: String
    /// 1 for the initial plan, then one per reallocation pass (D000-37).
    public var pass: Int64
    public var budgetCents: Int64
    public var candidateCount: Int64
    public var eligibleCount: Int64
    public var plannedSpendCents: Int64
    public var batchCount: Int64
    public var seed: String
    public var configVersion: Int64

    public init(
        waveId: String, pass: Int64, budgetCents: Int64, candidateCount: Int64, eligibleCount: Int64,
        plannedSpendCents: Int64, batchCount: Int64, seed: String, configVersion: Int64
    ) {
        self.waveId = waveId
        self.pass = pass
        self.budgetCents = budgetCents
        self.candidateCount = candidateCount
        self.eligibleCount = eligibleCount
        self.plannedSpendCents = plannedSpendCents
        self.batchCount = batchCount
        self.seed = seed
        self.configVersion = configVersion
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.atLeast(pass, 1, "data.pass")
        try Check.atLeast(budgetCents, 0, "data.budgetCents")
        try Check.atLeast(candidateCount, 0, "data.candidateCount")
        try Check.within(eligibleCount, 0...max(candidateCount, 0), "data.eligibleCount")
        try Check.within(plannedSpendCents, 0...max(budgetCents, 0), "data.plannedSpendCents")
        try Check.atLeast(batchCount, 0, "data.batchCount")
        try Check.text(seed, "data.seed")
        try Check.atLeast(configVersion, 0, "data.configVersion")
    }
}
