import Foundation
import Money
import PricingDomain

/// One of pricing's or the catalog's brick events, as the brick-view projection reads it (P-02).
public enum BrickViewUpdate: Sendable, Hashable {
    /// `brick.listed`: the brick exists; cycle 1 starts at the baseline price.
    case listed(brickId: UUID, baselinePrice: Cents)
    /// `brick.state.updated`: pricing's full state after a ledger entry.
    case stateUpdated(BrickStateReport)
    /// `brick.freeze.changed`.
    case freezeChanged(brickId: UUID, freezeMode: Bool, freezeUntil: Date?)
    /// `brick.cycle.reset`.
    case cycleReset(CycleClosure)

    public var brickId: UUID {
        switch self {
        case .listed(let brickId, _), .freezeChanged(let brickId, _, _): brickId
        case .stateUpdated(let report): report.brickId
        case .cycleReset(let closure): closure.brickId
        }
    }
}

/// The fields of `brick.state.updated` that voting keeps.
public struct BrickStateReport: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var livePrice: Cents
    public var cycleId: UUID
    public var cycleNumber: Int
    public var freezeMode: Bool
    public var freezeUntil: Date?
    public var needsRecheck: Bool
    public var recheckEpoch: Int
    public var appliedBrickSeq: Int64

    public init(
        brickId: UUID, livePrice: Cents, cycleId: UUID, cycleNumber: Int, freezeMode: Bool, freezeUntil: Date?,
        needsRecheck: Bool, recheckEpoch: Int, appliedBrickSeq: Int64
    ) {
        self.brickId = brickId
        self.livePrice = livePrice
        self.cycleId = cycleId
        self.cycleNumber = cycleNumber
        self.freezeMode = freezeMode
        self.freezeUntil = freezeUntil
        self.needsRecheck = needsRecheck
        self.recheckEpoch = recheckEpoch
        self.appliedBrickSeq = appliedBrickSeq
    }
}

/// `brick.cycle.reset`: a cycle closed with a net direction and the next one began.
public struct CycleClosure: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var closedCycleId: UUID
    public var newCycleId: UUID
    public var newCycleNumber: Int
    /// The closed cycle's end price, which is the new cycle's start and the live price.
    public var cycleEndPrice: Cents
    /// UP or DOWN cycles are scored for accuracy; NONE ones are not (P-26).
    public var direction: CycleDirection

    public init(
        brickId: UUID, closedCycleId: UUID, newCycleId: UUID, newCycleNumber: Int, cycleEndPrice: Cents,
        direction: CycleDirection
    ) {
        self.brickId = brickId
        self.closedCycleId = closedCycleId
        self.newCycleId = newCycleId
        self.newCycleNumber = newCycleNumber
        self.cycleEndPrice = cycleEndPrice
        self.direction = direction
    }

    /// The number of the cycle that closed.
    public var closedCycleNumber: Int { newCycleNumber - 1 }
}
