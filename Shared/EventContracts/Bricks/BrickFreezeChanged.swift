import Foundation

/// `brick.freeze.changed` (pricing → voting): a brick entered or left freeze (seed 003 §23).
public struct BrickFreezeChanged: EventPayload {
    public static let eventType = "brick.freeze.changed"

    public var brickId: String
    public var freezeMode: FreezeMode
    /// Required when `FROZEN`: 14 days after the freezing vote (P-22).
    public var freezeUntil: Date?
    public var reason: FreezeChangeReason

    public init(brickId: String, freezeMode: FreezeMode, freezeUntil: Date? = nil, reason: FreezeChangeReason) {
        self.brickId = brickId
        self.freezeMode = freezeMode
        self.freezeUntil = freezeUntil
        self.reason = reason
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        if freezeMode == .frozen, freezeUntil == nil { throw .missing("data.freezeUntil") }
    }
}
