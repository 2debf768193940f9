import Foundation
import Testing
@testable import VotingDomain

/// §9, P-06..P-09: the weight logged on a vote.
struct WeightTests {
    private func weight(_ voter: VoterState, config: VotingConfig = .standard) throws -> Double {
        var state = Fixture.state(voters: [voter])
        return try #require(try Fixture.enrich(Fixture.intent(user: voter.identity.userId), &state, config: config).recorded)
            .vote.userWeightAtVote
    }

    @Test("P-06 account age bands: <7d 0.5, <30d 0.75, <90d 0.9, else 1.0 (boundaries exclusive)")
    func accountAge() throws {
        let expectations: [(Double, Double)] = [
            (0, 0.5), (6.99, 0.5), (7, 0.75), (29.99, 0.75), (30, 0.9), (89.99, 0.9), (90, 1.0), (-3, 0.5),
        ]
        for (days, expected) in expectations {
            #expect(try weight(VoterState(identity: Fixture.identity(ageDays: days))) == expected, "age \(days) days")
        }
    }

    @Test("P-07 trust multipliers: RESTRICTED 0, PROBATION 0.5, STANDARD 1, TRUSTED 1.15, EXPERT 1.25")
    func trustTiers() throws {
        let identity = Fixture.identity()
        #expect(try weight(VoterState(identity: Fixture.identity(restricted: true), trust: TrustRecord(resolved: 60, correct: 60))) == 0)
        #expect(try weight(VoterState(identity: identity, trust: TrustRecord(resolved: 20, correct: 6))) == 0.5)
        #expect(try weight(VoterState(identity: identity)) == 1.0)
        #expect(try weight(VoterState(identity: identity, trust: TrustRecord(resolved: 20, correct: 12))) == 1.15)
        #expect(try weight(VoterState(identity: identity, trust: TrustRecord(resolved: 50, correct: 35))) == 1.25)
    }

    @Test("§9 product of the three factors: 0.75 × 1.15 × 0.8 = 0.69")
    func product() throws {
        let voter = VoterState(identity: Fixture.identity(ageDays: 10, behavior: 0.8), trust: TrustRecord(resolved: 20, correct: 12))
        #expect(abs(try weight(voter) - 0.69) < 1e-12)
    }

    @Test("§9 clamp at 1.25 (a configuration whose product exceeds it)")
    func clampAtMax() throws {
        var config = VotingConfig.standard
        config.trustMultipliers.expert = 2.0
        let voter = VoterState(identity: Fixture.identity(), trust: TrustRecord(resolved: 50, correct: 50))
        #expect(try weight(voter, config: config) == 1.25)
        #expect(VoteWeight.weight(of: voter, at: Fixture.noon, config: config) == 1.25)
    }

    @Test("§5 / P-09 unverified: weight 0 whatever the formula says, and no XP (P-25)")
    func unverified() throws {
        var state = Fixture.state(voters: [VoterState(identity: Fixture.identity(verified: false), trust: TrustRecord(resolved: 50, correct: 50))])
        let vote = try #require(try Fixture.enrich(Fixture.intent(), &state).recorded)
        #expect(vote.vote.userWeightAtVote == 0)
        #expect(!vote.vote.emailVerified)
        #expect(vote.xpAwards.isEmpty)
        #expect(state.voters[Fixture.alice]?.xp == XPProgress())
    }

    @Test("P-08 behavior multiplier out of 0…1 or NaN is refused at upsert")
    func upsertValidation() throws {
        #expect(throws: UserIdentityError.behaviorMultiplierOutOfRange(1.5)) {
            try VoterState.upserting(Fixture.identity(behavior: 1.5), onto: nil)
        }
        #expect(throws: UserIdentityError.self) { try VoterState.upserting(Fixture.identity(behavior: .nan), onto: nil) }
    }

    @Test("user.upserted replaces the identity and keeps the record, XP and bucket")
    func upsertKeepsEarned() throws {
        let earned = VoterState(identity: Fixture.identity(), trust: TrustRecord(resolved: 5, correct: 4), xp: XPProgress(total: 40, lastVoteDay: 3))
        let next = try VoterState.upserting(Fixture.identity(verified: false, banned: true), onto: earned)
        #expect(next.identity.banned && !next.identity.emailVerified)
        #expect(next.trust == earned.trust && next.xp == earned.xp)
        #expect(try VoterState.upserting(Fixture.identity(), onto: nil) == VoterState(identity: Fixture.identity()))
    }
}
