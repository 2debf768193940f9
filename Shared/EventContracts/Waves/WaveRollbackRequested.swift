/// `wave.rollback.requested` (in, from ops): reverse every sale of a wave.
public struct WaveRollbackRequested: EventPayload {
    public static let eventType = "wave.rollback.requested"

    public var waveId: String
    public var requestedBy: String
    public var reason: String

    public init(waveId: String, requestedBy: String, reason: String) {
        self.waveId = waveId
        self.requestedBy = requestedBy
        self.reason = reason
    }

    public var subject: String { Subject.wave(waveId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(waveId, "data.waveId")
        try Check.text(requestedBy, "data.requestedBy")
        try Check.text(reason, "data.reason")
    }
}
