import Foundation
import Hummingbird
import PricingDomain

/// `GET /api/bricks/{id}/state` (Appendix C, P-30): the live price and the fair range as values
/// for everyone; the sentiment shares and confidence only for a verified caller who voted on the
/// brick in the current cycle (§5, §24). Never percentages of a range, caps or thresholds.
struct BrickStateResponse: ResponseEncodable, Decodable, Equatable {
    var brickId: String
    var livePriceCents: Int64
    var fairRangeLowerCents: Int64
    var fairRangeUpperCents: Int64
    var lastVoteEventIdProcessed: Int64?
    var sentiment: SentimentResponse?

    enum CodingKeys: String, CodingKey {
        case brickId = "brick_id"
        case livePriceCents = "live_price_cents"
        case fairRangeLowerCents = "fair_range_lower_cents"
        case fairRangeUpperCents = "fair_range_upper_cents"
        case lastVoteEventIdProcessed = "last_vote_event_id_processed"
        case sentiment
    }

    init(_ view: BrickStateView) {
        brickId = view.brickId.uuidString.lowercased()
        livePriceCents = view.livePrice.rawValue
        fairRangeLowerCents = view.fairRange.lower.rawValue
        fairRangeUpperCents = view.fairRange.upper.rawValue
        lastVoteEventIdProcessed = view.lastVoteEventIdProcessed
        sentiment = view.insight.map(SentimentResponse.init)
    }
}

/// What voting earns (§24): shares of UNDER, FAIR and OVER weight and the pricing confidence.
struct SentimentResponse: Codable, Equatable {
    var pUnder: Double
    var pFair: Double
    var pOver: Double
    var pricingConfidence: Double

    enum CodingKeys: String, CodingKey {
        case pUnder = "p_under"
        case pFair = "p_fair"
        case pOver = "p_over"
        case pricingConfidence = "pricing_confidence"
    }

    init(_ insight: SentimentInsight) {
        pUnder = insight.pUnder
        pFair = insight.pFair
        pOver = insight.pOver
        pricingConfidence = insight.confidence
    }
}

/// `GET /api/bricks/{id}/history`: daily closes only (§25, no intraday candles).
struct BrickHistoryResponse: ResponseEncodable, Decodable, Equatable {
    var brickId: String
    var closes: [StoredClose]

    enum CodingKeys: String, CodingKey {
        case brickId = "brick_id"
        case closes
    }
}
