/// `wave.rolled_back` (purchase-execution → wave-planning, ops): what a rollback reversed.
public struct WaveRolledBack: EventPayload {
    public static let eventType = "wave.rolled_back"

    public var waveId: String
    public var reversedSales: Int64
    public var restockedUnits: Int64
    /// Total debited back from seller companies.
    public var debitedCents: Int64

    public init(waveId: String, reversedSales: Int64, restockedUnits: Int64, debitedCents: Int64) {
        self.waveId = waveId
        self.reversedSales = reversedSales
        self.restockedUnits = restockedUnits
        self.debitedCents = debitedCents
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.atLeast(reversedSales, 0, "data.reversedSales")
        try Check.atLeast(restockedUnits, 0, "data.restockedUnits")
        try Check.atLeast(debitedCents, 0, "data.debitedCents")
    }
}
