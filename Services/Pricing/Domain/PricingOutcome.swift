import Foundation
import Money

/// Something the aggregator decided that the outside world must hear about. Each case carries
/// what its event needs (`brick.price.moved`, `brick.cycle.reset`, `brick.freeze.changed`);
/// `brick.state.updated` is built from the new state itself.
public enum PricingOutcome: Sendable, Hashable, Codable {
    case priceMoved(PriceMove)
    case cycleReset(CycleChange)
    case freezeChanged(FreezeChange)
}

/// A price move (§20) — `brick.price.moved`.
public struct PriceMove: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var from: Cents
    public var to: Cents
    public var direction: MoveDirection
    public var anchor: Cents
    public var finalStep: Cents
    public var cycleId: UUID
    public var causedByVoteEventId: Int64
    /// The moving vote's `createdAt` (also `last_price_update`).
    public var at: Date

    public init(
        brickId: UUID, from: Cents, to: Cents, direction: MoveDirection, anchor: Cents, finalStep: Cents,
        cycleId: UUID, causedByVoteEventId: Int64, at: Date
    ) {
        self.brickId = brickId
        self.from = from
        self.to = to
        self.direction = direction
        self.anchor = anchor
        self.finalStep = finalStep
        self.cycleId = cycleId
        self.causedByVoteEventId = causedByVoteEventId
        self.at = at
    }
}

/// Why a cycle ended.
public enum CycleChangeCause: String, Sendable, Hashable, Codable {
    /// §21: a ≥ 7 % move with enough weight or voters.
    case qualifiedMove = "QUALIFIED_MOVE"
    /// §23.3 / P-22: the freeze deadline passed.
    case freezeTimeout = "FREEZE_TIMEOUT"
    /// §23.3 / P-23: a recheck ended a freeze.
    case recheck = "RECHECK"
}

/// The closed cycle's net direction: scored by voting only when UP or DOWN (P-26).
public enum CycleDirection: String, Sendable, Hashable, Codable {
    case up = "UP"
    case down = "DOWN"
    case none = "NONE"
}

/// A cycle closing and the next one starting — `brick.cycle.reset`.
public struct CycleChange: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var closedCycleId: UUID
    public var closedCycleNumber: Int
    public var newCycleId: UUID
    public var newCycleNumber: Int
    /// Start price of the closed cycle (`cycleStartPriceCents`).
    public var closedCycleStartPrice: Cents
    /// Live price when it closed (`cycleEndPriceCents`), which is also the new cycle's start.
    public var closedCycleEndPrice: Cents
    public var direction: CycleDirection
    public var cause: CycleChangeCause
    public var at: Date

    public init(
        brickId: UUID, closedCycleId: UUID, closedCycleNumber: Int, newCycleId: UUID, newCycleNumber: Int,
        closedCycleStartPrice: Cents, closedCycleEndPrice: Cents, direction: CycleDirection,
        cause: CycleChangeCause, at: Date
    ) {
        self.brickId = brickId
        self.closedCycleId = closedCycleId
        self.closedCycleNumber = closedCycleNumber
        self.newCycleId = newCycleId
        self.newCycleNumber = newCycleNumber
        self.closedCycleStartPrice = closedCycleStartPrice
        self.closedCycleEndPrice = closedCycleEndPrice
        self.direction = direction
        self.cause = cause
        self.at = at
    }
}

/// Why freeze mode changed — the `reason` of `brick.freeze.changed`.
public enum FreezeChangeReason: String, Sendable, Hashable, Codable {
    case fairConsensus = "FAIR_CONSENSUS"
    case timeout = "TIMEOUT"
    case recheck = "RECHECK"
}

/// Freeze mode turning on or off (§23) — `brick.freeze.changed`.
public struct FreezeChange: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var freezeMode: Bool
    public var freezeUntil: Date?
    public var reason: FreezeChangeReason
    public var at: Date

    public init(brickId: UUID, freezeMode: Bool, freezeUntil: Date?, reason: FreezeChangeReason, at: Date) {
        self.brickId = brickId
        self.freezeMode = freezeMode
        self.freezeUntil = freezeUntil
        self.reason = reason
        self.at = at
    }
}
