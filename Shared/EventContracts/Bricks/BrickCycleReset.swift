/// `brick.cycle.reset` (pricing → voting): a cycle closed and the next began (seed 003 §21).
/// Voting resolves accuracy XP from `direction` (P-26).
public struct BrickCycleReset: EventPayload {
    public static let eventType = "brick.cycle.reset"

    public var brickId: String
    public var closedCycleId: String
    public var newCycleId: String
    public var newCycleNumber: Int64
    /// Start price of the closed cycle.
    public var cycleStartPriceCents: Int64
    /// Live price when the closed cycle ended (the new cycle's start).
    public var cycleEndPriceCents: Int64
    /// Net move of the closed cycle.
    public var direction: CycleDirection

    public init(
        brickId: String, closedCycleId: String, newCycleId: String, newCycleNumber: Int64, cycleStartPriceCents: Int64,
        cycleEndPriceCents: Int64, direction: CycleDirection
    ) {
        self.brickId = brickId
        self.closedCycleId = closedCycleId
        self.newCycleId = newCycleId
        self.newCycleNumber = newCycleNumber
        self.cycleStartPriceCents = cycleStartPriceCents
        self.cycleEndPriceCents = cycleEndPriceCents
        self.direction = direction
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.uuid(closedCycleId, "data.closedCycleId")
        try Check.uuid(newCycleId, "data.newCycleId")
        try Check.atLeast(newCycleNumber, 2, "data.newCycleNumber")
        try Check.atLeast(cycleStartPriceCents, 0, "data.cycleStartPriceCents")
        try Check.atLeast(cycleEndPriceCents, 0, "data.cycleEndPriceCents")
    }
}
