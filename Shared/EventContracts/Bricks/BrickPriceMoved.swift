/// `brick.price.moved` (pricing → clients, analytics): one price move and how it was computed.
public struct BrickPriceMoved: EventPayload {
    public static let eventType = "brick.price.moved"

    public var brickId: String
    public var fromCents: Int64
    public var toCents: Int64
    public var direction: PriceDirection
    /// The fair-range bound the step was taken from.
    public var anchorCents: Int64
    public var finalStepCents: Int64
    public var cycleId: String
    public var causedByVoteEventId: Int64

    public init(
        brickId: String, fromCents: Int64, toCents: Int64, direction: PriceDirection, anchorCents: Int64,
        finalStepCents: Int64, cycleId: String, causedByVoteEventId: Int64
    ) {
        self.brickId = brickId
        self.fromCents = fromCents
        self.toCents = toCents
        self.direction = direction
        self.anchorCents = anchorCents
        self.finalStepCents = finalStepCents
        self.cycleId = cycleId
        self.causedByVoteEventId = causedByVoteEventId
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.atLeast(fromCents, 0, "data.fromCents")
        try Check.atLeast(toCents, 0, "data.toCents")
        // A move never goes against its direction; a DOWN move clamped at 0 may stay at 0.
        if direction == .up ? toCents < fromCents : toCents > fromCents {
            throw ContractViolation(field: "data.toCents", reason: "\(toCents) contradicts direction \(direction.rawValue) from \(fromCents)")
        }
        try Check.atLeast(anchorCents, 0, "data.anchorCents")
        try Check.atLeast(finalStepCents, 0, "data.finalStepCents")
        try Check.uuid(cycleId, "data.cycleId")
        try Check.atLeast(causedByVoteEventId, 1, "data.causedByVoteEventId")
    }
}
