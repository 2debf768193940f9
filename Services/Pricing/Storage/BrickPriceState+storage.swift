import Foundation
import PricingDomain

extension BrickPriceState {
    /// The state as a round trip through `brick_price_state` returns it (times to the microsecond).
    var storageCanonical: BrickPriceState {
        var state = self
        state.listedAt = listedAt.storageCanonical
        state.cycleStartedAt = cycleStartedAt.storageCanonical
        state.lastPriceUpdate = lastPriceUpdate.storageCanonical
        if let mark = lastHighConfidence {
            state.lastHighConfidence = HighConfidenceMark(
                price: mark.price, weightedTotal: mark.weightedTotal, at: mark.at.storageCanonical)
        }
        state.freezeUntil = freezeUntil?.storageCanonical
        state.lastAppliedVoteAt = lastAppliedVoteAt?.storageCanonical
        state.participation.recentVotes = participation.recentVotes.map {
            RecentVote(createdAt: $0.createdAt.storageCanonical, ipHash: $0.ipHash)
        }
        state.updatedAt = updatedAt.storageCanonical
        return state
    }
}
