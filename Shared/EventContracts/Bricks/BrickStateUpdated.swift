import Foundation

/// `brick.state.updated` (pricing → voting, websocket clients): a brick's full pricing state
/// after a vote or control entry was applied.
public struct BrickStateUpdated: EventPayload {
    public static let eventType = "brick.state.updated"

    public var brickId: String
    public var livePriceCents: Int64
    public var cycleId: String
    public var cycleNumber: Int64
    public var cycleStartPriceCents: Int64
    public var freezeMode: FreezeMode
    /// Set while frozen.
    public var freezeUntil: Date?
    public var needsRecheck: Bool
    /// Bumped by each recheck; voting regains credits once per epoch (P-24).
    public var recheckEpoch: Int64
    /// The last `brickSeq` applied; voting uses it to know what pricing has seen.
    public var appliedBrickSeq: Int64
    public var weightedUnder: Double
    public var weightedFair: Double
    public var weightedOver: Double
    public var weightedTotal: Double
    /// Shares of the weighted total, 0 while `weightedTotal` is 0.
    public var pUnder: Double
    public var pFair: Double
    public var pOver: Double
    public var pricingConfidence: Double
    /// −2…2 (P-17).
    public var momentumScore: Int64
    public var updatedAt: Date

    public init(
        brickId: String, livePriceCents: Int64, cycleId: String, cycleNumber: Int64, cycleStartPriceCents: Int64,
        freezeMode: FreezeMode, freezeUntil: Date? = nil, needsRecheck: Bool, recheckEpoch: Int64, appliedBrickSeq: Int64,
        weightedUnder: Double, weightedFair: Double, weightedOver: Double, weightedTotal: Double,
        pUnder: Double, pFair: Double, pOver: Double, pricingConfidence: Double, momentumScore: Int64, updatedAt: Date
    ) {
        self.brickId = brickId
        self.livePriceCents = livePriceCents
        self.cycleId = cycleId
        self.cycleNumber = cycleNumber
        self.cycleStartPriceCents = cycleStartPriceCents
        self.freezeMode = freezeMode
        self.freezeUntil = freezeUntil
        self.needsRecheck = needsRecheck
        self.recheckEpoch = recheckEpoch
        self.appliedBrickSeq = appliedBrickSeq
        self.weightedUnder = weightedUnder
        self.weightedFair = weightedFair
        self.weightedOver = weightedOver
        self.weightedTotal = weightedTotal
        self.pUnder = pUnder
        self.pFair = pFair
        self.pOver = pOver
        self.pricingConfidence = pricingConfidence
        self.momentumScore = momentumScore
        self.updatedAt = updatedAt
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.atLeast(livePriceCents, 0, "data.livePriceCents")
        try Check.uuid(cycleId, "data.cycleId")
        try Check.atLeast(cycleNumber, 1, "data.cycleNumber")
        try Check.atLeast(cycleStartPriceCents, 0, "data.cycleStartPriceCents")
        if freezeMode == .frozen, freezeUntil == nil { throw .missing("data.freezeUntil") }
        try Check.atLeast(recheckEpoch, 0, "data.recheckEpoch")
        try Check.atLeast(appliedBrickSeq, 0, "data.appliedBrickSeq")
        try Check.atLeast(weightedUnder, 0, "data.weightedUnder")
        try Check.atLeast(weightedFair, 0, "data.weightedFair")
        try Check.atLeast(weightedOver, 0, "data.weightedOver")
        try Check.atLeast(weightedTotal, 0, "data.weightedTotal")
        try Check.ratio(pUnder, "data.pUnder")
        try Check.ratio(pFair, "data.pFair")
        try Check.ratio(pOver, "data.pOver")
        try Check.ratio(pricingConfidence, "data.pricingConfidence")
        try Check.within(momentumScore, -2...2, "data.momentumScore")
    }
}
