import Foundation
import Money

/// Who is looking at a brick's state (§5 access levels, P-30).
public enum BrickViewer: Sendable, Hashable {
    case loggedOut
    /// Logged in, email not verified: never sees sentiment (§5).
    case unverified
    /// Email verified; sees sentiment and confidence once they have an accepted vote on the brick
    /// in the current cycle (§0.2 "insight is earned", §24).
    case verified(hasVotedInCurrentCycle: Bool)
}

/// The brick state as `GET /api/bricks/{id}/state` may show it to one viewer (P-30, Appendix C).
///
/// Everyone sees the live price and the fair-range bounds as values; never percentages, caps or
/// thresholds (§24). ``insight`` is present only for a verified viewer who voted this cycle.
public struct BrickStateView: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var livePrice: Cents
    public var fairRange: FairRange
    /// `last_vote_event_id_processed` (Appendix C).
    public var lastVoteEventIdProcessed: Int64?
    public var insight: SentimentInsight?

    /// The view of `state` that `viewer` is allowed.
    public init(state: BrickPriceState, viewer: BrickViewer, config: PricingConfig) throws(MoneyError) {
        brickId = state.brickId
        livePrice = state.livePrice
        fairRange = try state.fairRange(config: config)
        lastVoteEventIdProcessed = state.lastVoteEventId
        insight = Self.isInsightEarned(by: viewer) ? SentimentInsight(state) : nil
    }

    /// P-30: only a verified viewer with an accepted vote in the current cycle.
    public static func isInsightEarned(by viewer: BrickViewer) -> Bool {
        if case .verified(hasVotedInCurrentCycle: true) = viewer { return true }
        return false
    }
}

/// What voting earns a viewer: the sentiment shares and the pricing confidence (§24).
public struct SentimentInsight: Sendable, Hashable, Codable {
    public var pUnder: Double
    public var pFair: Double
    public var pOver: Double
    public var confidence: Double

    public init(_ state: BrickPriceState) {
        pUnder = state.sentiment.pUnder
        pFair = state.sentiment.pFair
        pOver = state.sentiment.pOver
        confidence = state.pricingConfidence
    }
}
