import Foundation
import Money
import PricingDomain
import Testing
@testable import VotingDomain

/// B.1 steps 3, 4 and 9: what the worker stamps on a vote (§3.1 determinism rule).
struct StampTests {
    private func stamped(livePrice: Cents) throws -> RecordedVote {
        var state = Fixture.state(bricks: [BrickView(brickId: Fixture.brick, livePrice: livePrice)])
        return try #require(try Fixture.enrich(Fixture.intent(), &state).recorded).vote
    }

    @Test("§8 / P-11 tier boundaries: 49.99 → 3, 50.00 → 5, 2000.00 → 75, 0 → 3")
    func baseStepTierBoundaries() throws {
        #expect(try stamped(livePrice: 4_999).baseStepAtVote == 300)
        #expect(try stamped(livePrice: 5_000).baseStepAtVote == 500)
        #expect(try stamped(livePrice: 199_999).baseStepAtVote == 4_000)
        #expect(try stamped(livePrice: 200_000).baseStepAtVote == 7_500)
        #expect(try stamped(livePrice: 0).baseStepAtVote == 300)
    }

    @Test("P-10 fair range half-up to cents: 0.30 → 0.29 / 0.32; 100.00 → 95.00 / 105.00")
    func fairRangeRounding() throws {
        #expect(try stamped(livePrice: 30).fairRange == FairRange(lower: 29, upper: 32))
        #expect(try stamped(livePrice: 10_000).fairRange == FairRange(lower: 9_500, upper: 10_500))
        // 0.10: 9.5 → 10 and 10.5 → 11 (ties up).
        #expect(try stamped(livePrice: 10).fairRange == FairRange(lower: 10, upper: 11))
    }

    @Test("B.1 step 9: the vote carries intent, price, cycle of the view, createdAt = submittedAt (P-28)")
    func voteFields() throws {
        var state = Fixture.state()
        let intent = Fixture.intent(type: .under, at: Fixture.noon)
        let vote = try #require(try Fixture.enrich(intent, &state, id: 77).recorded)
        #expect(vote.intentId == intent.intentId)
        #expect(vote.userAgent == "ua" && vote.sessionId == "s")
        #expect(vote.vote.voteEventId == 77)
        #expect(vote.vote.brickSeq == 1)
        #expect(vote.vote.voteType == .under)
        #expect(vote.vote.livePriceAtVote == 10_000)
        #expect(vote.vote.cycleNumber == 1)
        #expect(vote.vote.cycleId == CycleId.derive(brickId: Fixture.brick, cycleNumber: 1))
        #expect(vote.vote.createdAt == Fixture.noon)
        #expect(vote.vote.ipHash == "ip-1")
        #expect(vote.vote.emailVerified)
    }

    @Test("createdAt never lies in the future: a skewed submittedAt is clamped to now")
    func futureSubmittedAtClamped() throws {
        var state = Fixture.state()
        let intent = Fixture.intent(at: Fixture.noon.addingTimeInterval(3_600))
        let vote = try #require(try Fixture.enrich(intent, &state, now: Fixture.noon).recorded)
        #expect(vote.vote.createdAt == Fixture.noon)
    }

    @Test("P-02 brickSeq continues gap-free from the brick's last seq; other bricks keep their own")
    func brickSeqContinues() throws {
        var state = Fixture.state(bricks: [
            BrickView(brickId: Fixture.brick, livePrice: 10_000, lastBrickSeq: 41),
            BrickView(brickId: Fixture.otherBrick, livePrice: 10_000),
        ])
        let first = try #require(try Fixture.enrich(Fixture.intent(1), &state).recorded)
        let other = try #require(try Fixture.enrich(Fixture.intent(2, brick: Fixture.otherBrick), &state).recorded)
        let second = try #require(try Fixture.enrich(Fixture.intent(3, type: .fair), &state).recorded)
        #expect([first.vote.brickSeq, second.vote.brickSeq, other.vote.brickSeq] == [42, 43, 1])
        #expect(state.bricks[Fixture.brick]?.lastBrickSeq == 43)
    }

    @Test("P-22 freeze timeout: at/after the deadline the vote gets cycle N+1 and the view follows")
    func freezeTimeoutNextCycle() throws {
        let until = Fixture.noon
        let frozen = BrickView(brickId: Fixture.brick, livePrice: 10_000, cycleNumber: 4, freezeMode: true, freezeUntil: until)
        var state = Fixture.state(
            voters: [VoterState(identity: Fixture.identity()), VoterState(identity: Fixture.identity(Fixture.bob))],
            bricks: [frozen])
        let before = try #require(try Fixture.enrich(Fixture.intent(1, at: until.addingTimeInterval(-0.001)), &state).recorded)
        #expect(before.vote.cycleNumber == 4)
        #expect(state.bricks[Fixture.brick]?.freezeMode == true)
        let at = try #require(try Fixture.enrich(Fixture.intent(2, user: Fixture.bob, at: until), &state).recorded)
        #expect(at.vote.cycleNumber == 5)
        #expect(at.vote.cycleId == CycleId.derive(brickId: Fixture.brick, cycleNumber: 5))
        let view = try #require(state.bricks[Fixture.brick])
        #expect(view.cycleNumber == 5 && !view.freezeMode && view.freezeUntil == nil)
        // A later intent submitted just before the deadline stays in the new cycle.
        let late = try #require(try Fixture.enrich(Fixture.intent(3, at: until.addingTimeInterval(-1)), &state).recorded)
        #expect(late.vote.cycleNumber == 5)
    }

    @Test("§22 votes on a frozen brick (before its deadline) are recorded and consume credits")
    func frozenVotesConsume() throws {
        let frozen = BrickView(
            brickId: Fixture.brick, livePrice: 10_000, freezeMode: true, freezeUntil: Fixture.noon.addingTimeInterval(Fixture.day))
        var state = Fixture.state(bricks: [frozen])
        let vote = try #require(try Fixture.enrich(Fixture.intent(), &state).recorded)
        #expect(vote.vote.cycleNumber == 1)
        #expect(state.credits[CreditKey(userId: Fixture.alice, brickId: Fixture.brick)]?.remaining == 2)
        #expect(vote.xpAwards.contains { $0.reason == .vote })
    }
}
