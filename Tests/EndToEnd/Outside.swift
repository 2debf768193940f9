import EventContracts
import Foundation
import Postgres

/// Events as the systems around the market publish them (auth, catalog, web front, game, school).
enum Outside {
    static func event<P: EventPayload>(_ data: P, at time: Date = Date()) -> CloudEvent<P> {
        CloudEvent(id: UUID(), source: "urn:market:e2e", time: time, data: data)
    }

    /// A verified account old enough for full weight (over 90 days, P-06): each vote weighs 1.
    static func user(_ id: UUID) -> CloudEvent<UserUpserted> {
        event(UserUpserted(userId: id.lowercaseText, emailVerified: true, accountCreatedAt: Date().addingTimeInterval(-200 * 86_400)))
    }

    static func brick(_ id: UUID, priceCents: Int64, listedAt: Date = Date()) -> CloudEvent<BrickListed> {
        event(BrickListed(brickId: id.lowercaseText, name: "brick \(id.lowercaseText.prefix(8))", baselinePriceCents: priceCents, listedAt: listedAt))
    }

    static func intent(user: UUID, brick: UUID, _ type: VoteType, ip: String) -> CloudEvent<VoteIntentSubmitted> {
        event(VoteIntentSubmitted(
            intentId: UUID().lowercaseText, userId: user.lowercaseText, brickId: brick.lowercaseText, voteType: type, submittedAt: Date(), ipHash: ip))
    }
}

/// Subjects as EVENTS.md names them.
enum About {
    static func brick(_ id: UUID) -> String { "brick/\(id.lowercaseText)" }
    static func warehouse(_ id: String) -> String { "warehouse/\(id)" }
    static func topic(_ id: String) -> String { "topic/\(id)" }
    static func period(_ id: String) -> String { "period/\(id)" }
    static func wave(_ id: String) -> String { "wave/\(id)" }
}
