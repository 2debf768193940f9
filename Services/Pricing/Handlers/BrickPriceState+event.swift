import EventContracts
import Foundation
import Postgres
import PricingDomain

extension BrickPriceState {
    /// `brick.state.updated` for this state.
    var stateUpdated: BrickStateUpdated {
        BrickStateUpdated(
            brickId: brickId.lowercaseText, livePriceCents: livePrice.rawValue, cycleId: cycleId.lowercaseText,
            cycleNumber: Int64(cycleNumber), cycleStartPriceCents: cycleStartPrice.rawValue,
            freezeMode: freezeMode ? .frozen : .none, freezeUntil: freezeUntil, needsRecheck: needsRecheck,
            recheckEpoch: Int64(recheckEpoch), appliedBrickSeq: appliedBrickSeq, weightedUnder: counters.under,
            weightedFair: counters.fair, weightedOver: counters.over, weightedTotal: counters.total,
            pUnder: sentiment.pUnder, pFair: sentiment.pFair, pOver: sentiment.pOver,
            pricingConfidence: pricingConfidence, momentumScore: Int64(momentumScore), updatedAt: updatedAt)
    }
}
