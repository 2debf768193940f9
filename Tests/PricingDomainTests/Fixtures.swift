import Foundation
import Money
import PricingDomain

/// Shared inputs: a brick listed at 2026-11-23T10:00:00Z, and a stamper that builds votes the
/// way voting does (fair range, base step and cycle from the brick's current state, P-02).
enum Fixture {
    /// 4f1c2d3e-0000-4000-8000-000000000001
    static let brickId = UUID(uuid: (0x4f, 0x1c, 0x2d, 0x3e, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 1))
    static let otherBrickId = UUID(uuid: (0x4f, 0x1c, 0x2d, 0x3e, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 2))
    /// 2026-11-23T10:00:00Z
    static let listedAt = Date(timeIntervalSince1970: 1_795_428_000)
    static let config = PricingConfig.standard

    static func listing(price: Cents = 10_000) -> BrickListing {
        BrickListing(brickId: brickId, baselinePrice: price, listedAt: listedAt)
    }

    static func state(price: Cents = 10_000) throws -> BrickPriceState {
        try BrickPriceState(listing: listing(price: price))
    }

    /// A user id numbered `n`.
    static func user(_ n: Int) -> UUID {
        let low = UInt8(truncatingIfNeeded: n)
        let high = UInt8(truncatingIfNeeded: n >> 8)
        return UUID(uuid: (0xaa, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, high, low))
    }

    static func time(_ seconds: TimeInterval) -> Date {
        listedAt.addingTimeInterval(seconds)
    }

    /// The next vote on `state`, stamped from it as voting would.
    static func vote(
        _ type: VoteType, on state: BrickPriceState, user: Int, at: Date, weight: Double = 1,
        verified: Bool = true, ip: String? = nil, cycleNumber: Int? = nil
    ) throws -> RecordedVote {
        let cycle = cycleNumber ?? state.cycleNumber
        return RecordedVote(
            voteEventId: 1_000 + state.appliedBrickSeq + 1, brickSeq: state.appliedBrickSeq + 1,
            userId: Fixture.user(user), brickId: state.brickId, voteType: type, livePriceAtVote: state.livePrice,
            fairRange: try FairRange(around: state.livePrice, pct: config.fairRangePct),
            baseStepAtVote: BaseStepTier.baseStep(for: state.livePrice), userWeightAtVote: weight,
            emailVerified: verified, cycleId: CycleId.derive(brickId: state.brickId, cycleNumber: cycle),
            cycleNumber: cycle, createdAt: at, ipHash: ip ?? "ip-\(user)")
    }

    /// Applies one stamped vote per user in `users`, each `spacing` seconds after `start`.
    static func applyVotes(
        _ type: VoteType, users: ClosedRange<Int>, to state: BrickPriceState, start: TimeInterval,
        spacing: TimeInterval = 120
    ) throws -> (state: BrickPriceState, results: [AggregationResult]) {
        var current = state
        var results: [AggregationResult] = []
        for (offset, user) in users.enumerated() {
            let vote = try vote(type, on: current, user: user, at: time(start + Double(offset) * spacing))
            let result = try PriceAggregator.apply(vote, to: current, config: config)
            current = result.state
            results.append(result)
        }
        return (current, results)
    }
}

extension Array where Element == PricingOutcome {
    var moves: [PriceMove] {
        compactMap { if case .priceMoved(let move) = $0 { move } else { nil } }
    }
    var cycleChanges: [CycleChange] {
        compactMap { if case .cycleReset(let change) = $0 { change } else { nil } }
    }
    var freezeChanges: [FreezeChange] {
        compactMap { if case .freezeChanged(let change) = $0 { change } else { nil } }
    }
}
