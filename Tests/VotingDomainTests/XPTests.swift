import Foundation
import Testing
@testable import VotingDomain

/// P-25: VOTE, RECHECK and STREAK XP at enrichment (B.1 step 10).
struct XPTests {
    /// 2026-03-01T23:30:00-05:00 (New York, EST) = 2026-03-02T04:30:00Z.
    private let lateSunday = Date(timeIntervalSince1970: 1_772_425_800)

    private func reasons(_ outcome: EnrichmentOutcome) -> [XPReason] {
        (outcome.recorded?.xpAwards ?? []).map(\.reason)
    }

    private func twoBricks() -> EnrichmentState {
        Fixture.state(bricks: [
            BrickView(brickId: Fixture.brick, livePrice: 10_000), BrickView(brickId: Fixture.otherBrick, livePrice: 10_000),
        ])
    }

    @Test("P-25 VOTE 10 for an accepted vote; the total grows")
    func voteXP() throws {
        var state = Fixture.state()
        let outcome = try Fixture.enrich(Fixture.intent(), &state, id: 9)
        #expect(outcome.recorded?.xpAwards == [XPAward(userId: Fixture.alice, brickId: Fixture.brick, voteEventId: 9, amount: 10, reason: .vote)])
        #expect(state.voters[Fixture.alice]?.xp.total == 10)
    }

    @Test("P-25 RECHECK +15 for a vote on a brick in recheck")
    func recheckXP() throws {
        var state = Fixture.state(bricks: [BrickView(brickId: Fixture.brick, livePrice: 10_000, needsRecheck: true)])
        let outcome = try Fixture.enrich(Fixture.intent(), &state)
        #expect(reasons(outcome) == [.vote, .recheck])
        #expect(state.voters[Fixture.alice]?.xp.total == 25)
    }

    @Test("P-25 STREAK across a New York midnight (same UTC day), not twice the same day")
    func streakAcrossNewYorkMidnight() throws {
        var state = twoBricks()
        let first = try Fixture.enrich(Fixture.intent(1, at: lateSunday), &state)
        #expect(reasons(first) == [.vote])
        // 00:30 New York on Monday: an hour later, still 2026-03-02 in UTC.
        let monday = lateSunday.addingTimeInterval(3_600)
        let second = try Fixture.enrich(Fixture.intent(2, at: monday), &state)
        #expect(reasons(second) == [.vote, .streak])
        let third = try Fixture.enrich(Fixture.intent(3, brick: Fixture.otherBrick, at: monday.addingTimeInterval(60)), &state)
        #expect(reasons(third) == [.vote])
        #expect(state.voters[Fixture.alice]?.xp.total == 35)
    }

    @Test("P-25 no STREAK within one New York day that spans two UTC days, nor after a missed day")
    func noStreak() throws {
        var state = twoBricks()
        // 2026-03-01 18:00 EST = 23:00Z, then 20:00 EST = 01:00Z on 03-02: same New York day.
        let evening = lateSunday.addingTimeInterval(-5.5 * 3_600)
        _ = try Fixture.enrich(Fixture.intent(1, at: evening), &state)
        #expect(reasons(try Fixture.enrich(Fixture.intent(2, at: evening.addingTimeInterval(7_200)), &state)) == [.vote])
        let twoDaysLater = evening.addingTimeInterval(2 * Fixture.day)
        #expect(reasons(try Fixture.enrich(Fixture.intent(3, brick: Fixture.otherBrick, at: twoDaysLater), &state)) == [.vote])
    }

    @Test("P-25 first vote ever earns no STREAK; XP progress never moves back for a late intent")
    func streakStateMonotone() {
        let progress = XPProgress(total: 0, lastVoteDay: 100)
        let late = VoteXP.awards(
            userId: Fixture.alice, brickId: Fixture.brick, voteEventId: 1, emailVerified: true, brickNeedsRecheck: false,
            voteDay: 99, progress: progress, amounts: VotingConfig.standard.xp)
        #expect(late.progress.lastVoteDay == 100)
        #expect(late.awards.map(\.reason) == [.vote])
        let first = VoteXP.awards(
            userId: Fixture.alice, brickId: Fixture.brick, voteEventId: 1, emailVerified: true, brickNeedsRecheck: false,
            voteDay: 5, progress: XPProgress(), amounts: VotingConfig.standard.xp)
        #expect(first.awards.map(\.reason) == [.vote] && first.progress == XPProgress(total: 10, lastVoteDay: 5))
    }
}
