import Foundation

/// What a batch leaves: the state to write back and one outcome per distinct intent, in order.
public struct EnrichmentBatchResult: Sendable, Hashable {
    public var state: EnrichmentState
    public var outcomes: [EnrichmentOutcome]

    public init(state: EnrichmentState, outcomes: [EnrichmentOutcome]) {
        self.state = state
        self.outcomes = outcomes
    }
}

extension VoteEnricher {
    /// Enriches `intents` in the order given (the intents' storage order), so the handler can
    /// do one transaction per batch (B.1: up to 500).
    ///
    /// Intents on the same brick are serialized by that order and get consecutive `brickSeq`
    /// values continuing from the brick's `lastBrickSeq`; intents on different bricks do not
    /// share anything but their user's and ip hash's rate limits and the user's XP progress.
    /// An intent id seen earlier in the batch is skipped (intake is idempotent by intent id, so
    /// this only guards against a caller's mistake): every intent gets exactly one outcome.
    ///
    /// - Parameter voteEventIds: one reserved id per intent, same order
    ///   (e.g. `SELECT nextval(…) FROM generate_series(1, n)`).
    public func enrich(
        _ intents: [VoteIntent], voteEventIds: [Int64], state: EnrichmentState, now: Date
    ) throws(EnrichmentError) -> EnrichmentBatchResult {
        guard intents.count == voteEventIds.count else {
            throw .voteEventIdCountMismatch(intents: intents.count, ids: voteEventIds.count)
        }
        var state = state
        var outcomes: [EnrichmentOutcome] = []
        outcomes.reserveCapacity(intents.count)
        var seen = Set<UUID>(minimumCapacity: intents.count)
        for (intent, voteEventId) in zip(intents, voteEventIds) where seen.insert(intent.intentId).inserted {
            outcomes.append(try enrich(intent, voteEventId: voteEventId, state: &state, now: now))
        }
        return EnrichmentBatchResult(state: state, outcomes: outcomes)
    }
}
