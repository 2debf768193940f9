import EventContracts
import Foundation
import Postgres
import PricingDomain

extension PricingOutcome {
    /// The event announcing this outcome.
    func event(origin: EventOrigin?) -> PricingEvent {
        switch self {
        case .priceMoved(let move):
            .priceMoved(PricingEvent.make(
                BrickPriceMoved(
                    brickId: move.brickId.lowercaseText, fromCents: move.from.rawValue, toCents: move.to.rawValue,
                    direction: move.direction == .up ? .up : .down, anchorCents: move.anchor.rawValue,
                    finalStepCents: move.finalStep.rawValue, cycleId: move.cycleId.lowercaseText,
                    causedByVoteEventId: move.causedByVoteEventId),
                at: move.at, origin: origin))
        case .cycleReset(let change):
            .cycleReset(PricingEvent.make(
                BrickCycleReset(
                    brickId: change.brickId.lowercaseText, closedCycleId: change.closedCycleId.lowercaseText,
                    newCycleId: change.newCycleId.lowercaseText, newCycleNumber: Int64(change.newCycleNumber),
                    cycleStartPriceCents: change.closedCycleStartPrice.rawValue,
                    cycleEndPriceCents: change.closedCycleEndPrice.rawValue, direction: change.direction.contract),
                at: change.at, origin: origin))
        case .freezeChanged(let change):
            .freezeChanged(PricingEvent.make(
                BrickFreezeChanged(
                    brickId: change.brickId.lowercaseText, freezeMode: change.freezeMode ? .frozen : .none,
                    freezeUntil: change.freezeUntil, reason: change.reason.contract),
                at: change.at, origin: origin))
        }
    }
}

extension PricingDomain.CycleDirection {
    var contract: EventContracts.CycleDirection {
        switch self {
        case .up: .up
        case .down: .down
        case .none: .none
        }
    }
}

extension PricingDomain.FreezeChangeReason {
    var contract: EventContracts.FreezeChangeReason {
        switch self {
        case .fairConsensus: .fairConsensus
        case .timeout: .timeout
        case .recheck: .recheck
        }
    }
}
