import Hummingbird
import Postgres
import VotingDomain

/// `202 {"status":"ACCEPTED","intent_id":"…"}` (Appendix C): the intent is stored, not yet decided.
struct IntentAccepted: ResponseCodable, Equatable {
    var status: String
    var intentId: String

    enum CodingKeys: String, CodingKey {
        case status
        case intentId = "intent_id"
    }
}

/// `GET /api/me/bricks/{brickId}`: the caller's credits, participation and XP (§24). Built from
/// ``MyBrickView``, which has no field for weights, tiers or thresholds.
struct MyBrickResponse: ResponseCodable, Equatable {
    var brickId: String
    var creditsLeft: Int
    var votedInCurrentCycle: Bool
    var xpTotal: Int64

    enum CodingKeys: String, CodingKey {
        case brickId = "brick_id"
        case creditsLeft = "credits_left"
        case votedInCurrentCycle = "voted_in_current_cycle"
        case xpTotal = "xp_total"
    }

    init(_ view: MyBrickView) {
        brickId = view.brickId.lowercaseText
        creditsLeft = view.creditsLeft
        votedInCurrentCycle = view.votedInCurrentCycle
        xpTotal = view.xpTotal
    }
}
