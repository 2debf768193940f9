import Foundation
import Money
import Testing
@testable import VotingDomain

/// §22, P-24: credits per user × brick, regain and consumption (B.1 steps 6–8).
struct CreditTests {
    private let key = CreditKey(userId: Fixture.alice, brickId: Fixture.brick)

    /// Votes `count` times a minute apart, returning the outcomes.
    private func vote(_ count: Int, _ state: inout EnrichmentState, from start: Int = 1) throws -> [EnrichmentOutcome] {
        try (start..<(start + count)).map { n in
            try Fixture.enrich(Fixture.intent(n, at: Fixture.noon.addingTimeInterval(Double(n) * 60)), &state, id: Int64(n))
        }
    }

    private func setPrice(_ price: Cents, _ state: inout EnrichmentState) {
        state.bricks[Fixture.brick]?.livePrice = price
    }

    @Test("P-24 credits 3 → 0, then NO_CREDITS and nothing else changes")
    func exhaustCredits() throws {
        var state = Fixture.state()
        let outcomes = try vote(3, &state)
        #expect(outcomes.allSatisfy { $0.recorded != nil })
        #expect(state.credits[key]?.remaining == 0)
        let before = state
        let fourth = try vote(1, &state, from: 4)
        #expect(fourth.first?.rejection == .noCredits)
        #expect(state == before)
    }

    @Test("P-24 regain at exactly 7 % from the last vote price, not at 6.99 %")
    func regainAtSevenPercent() throws {
        var state = Fixture.state()
        _ = try vote(3, &state)
        setPrice(10_699, &state)
        #expect(try vote(1, &state, from: 4).first?.rejection == .noCredits)
        setPrice(10_700, &state)
        #expect(try vote(1, &state, from: 5).first?.recorded != nil)
        #expect(state.credits[key]?.remaining == 2)
        #expect(state.credits[key]?.lastVotePrice == 10_700)
    }

    @Test("P-24 regain downwards too: 100.00 → 93.00 regains, 93.01 does not")
    func regainDownwards() throws {
        var state = Fixture.state()
        _ = try vote(3, &state)
        setPrice(9_301, &state)
        #expect(try vote(1, &state, from: 4).first?.rejection == .noCredits)
        setPrice(9_300, &state)
        #expect(try vote(1, &state, from: 5).first?.recorded != nil)
    }

    @Test("P-24 a recheck regains once per recheck epoch")
    func regainOncePerRecheck() throws {
        var state = Fixture.state()
        _ = try vote(3, &state)
        state.bricks[Fixture.brick]?.recheckEpoch = 1
        #expect(try vote(3, &state, from: 4).allSatisfy { $0.recorded != nil })
        #expect(try vote(1, &state, from: 7).first?.rejection == .noCredits)
        #expect(state.credits[key]?.regainedForRecheckEpoch == 1)
        state.bricks[Fixture.brick]?.recheckEpoch = 2
        #expect(try vote(1, &state, from: 8).first?.recorded != nil)
    }

    @Test("P-24 a recheck before the first vote gives no extra credits; a new cycle alone regains nothing")
    func noFreeCredits() throws {
        var state = Fixture.state(bricks: [BrickView(brickId: Fixture.brick, livePrice: 10_000, recheckEpoch: 3)])
        _ = try vote(3, &state)
        #expect(state.credits[key]?.regainedForRecheckEpoch == 3)
        state.bricks[Fixture.brick]?.cycleNumber = 2
        #expect(try vote(1, &state, from: 4).first?.rejection == .noCredits)
    }

    @Test("§22 credits are per brick: exhausting one leaves another at 3")
    func perBrick() throws {
        var state = Fixture.state(bricks: [
            BrickView(brickId: Fixture.brick, livePrice: 10_000), BrickView(brickId: Fixture.otherBrick, livePrice: 10_000),
        ])
        _ = try vote(3, &state)
        let other = try Fixture.enrich(Fixture.intent(9, brick: Fixture.otherBrick, at: Fixture.noon.addingTimeInterval(600)), &state)
        #expect(other.recorded != nil)
        #expect(state.credits[CreditKey(userId: Fixture.alice, brickId: Fixture.otherBrick)]?.remaining == 2)
    }

    @Test("a last vote price of 0 regains on any move away from 0, never while it stays 0")
    func zeroPrice() {
        let credits = VoteCredits(remaining: 0, lastVotePrice: 0, regainedForRecheckEpoch: 0)
        #expect(credits.regained(livePrice: 0, recheckEpoch: 0, config: .standard).remaining == 0)
        #expect(credits.regained(livePrice: 1, recheckEpoch: 0, config: .standard).remaining == 3)
    }
}
