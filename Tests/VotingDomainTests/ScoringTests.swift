import Foundation
import PricingDomain
import TestSupport
import Testing
@testable import VotingDomain

/// P-26 accuracy scoring at brick.cycle.reset, tier moves and ACCURACY XP (P-25).
struct ScoringTests {
    private let closed = CycleId.derive(brickId: Fixture.brick, cycleNumber: 1)

    private func closure(_ direction: CycleDirection) -> CycleClosure {
        CycleClosure(
            brickId: Fixture.brick, closedCycleId: closed, newCycleId: CycleId.derive(brickId: Fixture.brick, cycleNumber: 2),
            newCycleNumber: 2, cycleEndPrice: 11_000, direction: direction)
    }

    private func cast(_ id: Int64, _ user: UUID, _ type: VoteType, verified: Bool = true, cycle: UUID? = nil) -> CastVote {
        CastVote(voteEventId: id, userId: user, brickId: Fixture.brick, cycleId: cycle ?? closed, voteType: type, emailVerified: verified)
    }

    private var voters: [UUID: VoterState] {
        [Fixture.alice: VoterState(identity: Fixture.identity()), Fixture.bob: VoterState(identity: Fixture.identity(Fixture.bob))]
    }

    @Test("P-26 UP: OVER correct, UNDER wrong, FAIR unscored; ACCURACY +20 per correct vote")
    func scoreUp() {
        let votes = [cast(1, Fixture.alice, .over), cast(2, Fixture.bob, .under), cast(3, Fixture.bob, .fair), cast(4, Fixture.alice, .over)]
        let result = CycleScoring.score(closure(.up), votes: votes, voters: voters, config: .standard)
        #expect(result.voters[Fixture.alice]?.trust == TrustRecord(resolved: 2, correct: 2))
        #expect(result.voters[Fixture.bob]?.trust == TrustRecord(resolved: 1, correct: 0))
        #expect(result.awards.map(\.voteEventId) == [1, 4])
        #expect(result.awards.allSatisfy { $0.amount == 20 && $0.reason == .accuracy && $0.userId == Fixture.alice })
        #expect(result.voters[Fixture.alice]?.xp.total == 40)
    }

    @Test("P-26 DOWN: UNDER correct")
    func scoreDown() {
        let result = CycleScoring.score(closure(.down), votes: [cast(1, Fixture.alice, .under), cast(2, Fixture.bob, .over)], voters: voters, config: .standard)
        #expect(result.voters[Fixture.alice]?.trust == TrustRecord(resolved: 1, correct: 1))
        #expect(result.voters[Fixture.bob]?.trust == TrustRecord(resolved: 1, correct: 0))
    }

    @Test("P-26 a cycle closed without direction scores nothing")
    func noneUnscored() {
        let result = CycleScoring.score(closure(.none), votes: [cast(1, Fixture.alice, .over)], voters: voters, config: .standard)
        #expect(result.voters.isEmpty && result.awards.isEmpty && result.tierChanges.isEmpty)
    }

    @Test("unverified votes are scored but earn no ACCURACY XP; other cycles' votes are ignored")
    func unverifiedAndOtherCycles() {
        let other = CycleId.derive(brickId: Fixture.brick, cycleNumber: 7)
        let votes = [cast(1, Fixture.alice, .over, verified: false), cast(2, Fixture.bob, .over, cycle: other)]
        let result = CycleScoring.score(closure(.up), votes: votes, voters: voters, config: .standard)
        #expect(result.voters[Fixture.alice]?.trust == TrustRecord(resolved: 1, correct: 1))
        #expect(result.awards.isEmpty)
        #expect(result.voters[Fixture.bob] == nil)
    }

    @Test("P-26 tier moves: 19/19 correct plus one more correct → TRUSTED")
    func tierMove() {
        var voters = self.voters
        voters[Fixture.alice]?.trust = TrustRecord(resolved: 19, correct: 19)
        let result = CycleScoring.score(closure(.up), votes: [cast(1, Fixture.alice, .over)], voters: voters, config: .standard)
        #expect(result.tierChanges == [TierChange(userId: Fixture.alice, from: .standard, to: .trusted)])
    }

    @Test("property: scoring ignores vote order and duplicates (seeded)")
    func orderAndDuplicateIndependence() {
        var rng = SplitMix64(seed: 26)
        let users = (0..<8).map { Fixture.id(0xA3, $0) }
        let voters = Dictionary(uniqueKeysWithValues: users.map { ($0, VoterState(identity: Fixture.identity($0))) })
        for _ in 0..<50 {
            let votes = (0..<40).map { n in
                cast(Int64(n + 1), users[Int.random(in: 0..<8, using: &rng)], VoteType.allCases.randomElement(using: &rng) ?? .fair)
            }
            let reference = CycleScoring.score(closure(.up), votes: votes, voters: voters, config: .standard)
            let shuffled = (votes + votes.prefix(10)).shuffled(using: &rng)
            #expect(CycleScoring.score(closure(.up), votes: shuffled, voters: voters, config: .standard) == reference)
            let correct = votes.filter { $0.voteType == .over }.count
            #expect(reference.awards.count == correct)
            #expect(reference.voters.values.map(\.trust.resolved).reduce(0, +) == Int64(votes.filter { $0.voteType != .fair }.count))
        }
    }
}
