/// `review.flagged` (wave-planning, purchase-execution → ops review queue): something looks
/// like an exploit (D000-41); it never blocks a wave.
public struct ReviewFlagged: EventPayload {
    public static let eventType = "review.flagged"

    public var entityType: ReviewEntityType
    public var entityId: String
    /// A reason code such as `self_sell`, `refund_freeze`, `blocked`, `duplicate_listing`.
    public var reason: String
    public var waveId: String?
    /// Human-readable explanation for the reviewer.
    public var detail: String

    public init(entityType: ReviewEntityType, entityId: String, reason: String, waveId: String? = nil, detail: String) {
        self.entityType = entityType
        self.entityId = entityId
        self.reason = reason
        self.waveId = waveId
        self.detail = detail
    }

    public var subject: String { "\(entityType.subjectPrefix)/\(entityId)" }

    public func validate() throws(ContractViolation) {
        try Check.identifier(entityId, "data.entityId")
        try Check.identifier(reason, "data.reason")
        if let waveId { try Check.identifier(waveId, "data.waveId") }
        try Check.text(detail, "data.detail")
    }
}
