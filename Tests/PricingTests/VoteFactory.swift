import EventContracts
import Foundation
import Money
import Postgres
import PricingDomain

@testable import pricing

/// Stamps events as the catalog, voting and ops would publish them.
enum VoteFactory {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    /// The decoded form the consumer hands the handler.
    static func input<P: EventPayload>(_ event: CloudEvent<P>) throws -> PricingInput {
        let envelope = try EventEnvelope(decoding: try event.jsonBytes())
        return (envelope, try EventRegistry.v1.decodePayload(envelope))
    }

    static func listing(_ brickId: UUID, priceCents: Int64 = 10_000, at: Date = t0) -> CloudEvent<BrickListed> {
        CloudEvent(
            id: UUID(), source: "urn:market:catalog", time: at,
            data: BrickListed(brickId: brickId.lowercaseText, name: "bear", baselinePriceCents: priceCents, listedAt: at))
    }

    /// A vote stamped from `state` the way voting does (P-02): fair range and base step of the
    /// live price, the current cycle unless `cycleNumber` says otherwise.
    static func vote(
        _ type: EventContracts.VoteType, on state: BrickPriceState, seq: Int64, user: UUID = UUID(), at: Date,
        weight: Double = 1, verified: Bool = true, ip: String = "ip-1", cycleNumber: Int? = nil
    ) throws -> CloudEvent<VoteRecorded> {
        let range = try FairRange(around: state.livePrice, pct: PricingConfig.standard.fairRangePct)
        let cycle = cycleNumber ?? state.cycleNumber
        return CloudEvent(
            id: UUID(), source: "urn:market:voting", time: at,
            data: VoteRecorded(
                voteEventId: seq + 1_000, brickSeq: seq, intentId: UUID().lowercaseText, userId: user.lowercaseText,
                brickId: state.brickId.lowercaseText, voteType: type, livePriceAtVoteCents: state.livePrice.rawValue,
                fairRangeLowerCents: range.lower.rawValue, fairRangeUpperCents: range.upper.rawValue,
                baseStepAtVoteCents: BaseStepTier.baseStep(for: state.livePrice).rawValue, userWeightAtVote: weight,
                emailVerified: verified, cycleId: CycleId.derive(brickId: state.brickId, cycleNumber: cycle).lowercaseText,
                cycleNumber: Int64(cycle), createdAt: at, ipHash: ip))
    }

    static func recheck(_ brickId: UUID, at: Date) -> CloudEvent<BrickRecheckRequested> {
        CloudEvent(
            id: UUID(), source: "urn:market:ops", time: at, data: BrickRecheckRequested(brickId: brickId.lowercaseText, reason: "audit"))
    }
}
