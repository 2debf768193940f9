import EventContracts
import Foundation
import Postgres
import PricingDomain

@testable import voting

/// Stamps events as the auth system, the catalog, pricing and the web front would publish them.
enum Events {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    /// The decoded form the consumer hands the handler.
    static func input<P: EventPayload>(_ event: CloudEvent<P>) throws -> VotingInput {
        let envelope = try EventEnvelope(decoding: try event.jsonBytes())
        return (envelope, try EventRegistry.v1.decodePayload(envelope))
    }

    static func event<P: EventPayload>(_ data: P, at time: Date = t0) -> CloudEvent<P> {
        CloudEvent(id: UUID(), source: "urn:market:test", time: time, data: data)
    }

    static func user(_ id: UUID, verified: Bool = true, createdAt: Date = t0.addingTimeInterval(-200 * 86_400), banned: Bool? = nil)
        -> CloudEvent<UserUpserted>
    {
        event(UserUpserted(userId: id.lowercaseText, emailVerified: verified, accountCreatedAt: createdAt, banned: banned))
    }

    static func listing(_ brickId: UUID, priceCents: Int64 = 10_000) -> CloudEvent<BrickListed> {
        event(BrickListed(brickId: brickId.lowercaseText, name: "bear", baselinePriceCents: priceCents, listedAt: t0))
    }

    static func intent(
        _ intentId: UUID = UUID(), user: UUID, brick: UUID, type: EventContracts.VoteType = .over, at: Date = t0,
        ip: String = "ip-1"
    ) -> CloudEvent<VoteIntentSubmitted> {
        event(
            VoteIntentSubmitted(
                intentId: intentId.lowercaseText, userId: user.lowercaseText, brickId: brick.lowercaseText, voteType: type, submittedAt: at, ipHash: ip),
            at: at)
    }

    /// `brick.cycle.reset` closing cycle `closed` of `brick` (cycle ids derived as P-04 says).
    static func cycleReset(_ brick: UUID, closed: Int, direction: EventContracts.CycleDirection, endCents: Int64 = 11_000)
        -> CloudEvent<BrickCycleReset>
    {
        event(
            BrickCycleReset(
                brickId: brick.lowercaseText, closedCycleId: CycleId.derive(brickId: brick, cycleNumber: closed).lowercaseText,
                newCycleId: CycleId.derive(brickId: brick, cycleNumber: closed + 1).lowercaseText, newCycleNumber: Int64(closed + 1),
                cycleStartPriceCents: 10_000, cycleEndPriceCents: endCents, direction: direction))
    }

    static func state(_ brick: UUID, priceCents: Int64, cycle: Int = 1, applied: Int64 = 0, cycleId: UUID? = nil) -> CloudEvent<BrickStateUpdated> {
        event(
            BrickStateUpdated(
                brickId: brick.lowercaseText, livePriceCents: priceCents,
                cycleId: (cycleId ?? CycleId.derive(brickId: brick, cycleNumber: cycle)).lowercaseText, cycleNumber: Int64(cycle),
                cycleStartPriceCents: priceCents, freezeMode: .none, needsRecheck: false, recheckEpoch: 0,
                appliedBrickSeq: applied, weightedUnder: 0, weightedFair: 0, weightedOver: 0, weightedTotal: 0, pUnder: 0,
                pFair: 0, pOver: 0, pricingConfidence: 0, momentumScore: 0, updatedAt: t0))
    }
}
