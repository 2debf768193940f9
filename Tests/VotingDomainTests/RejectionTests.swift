import Foundation
import Testing
@testable import VotingDomain

/// B.1 steps 1–2 and P-27: rejections, their order, and that they change nothing.
struct RejectionTests {
    @Test("UNKNOWN_USER before everything else (B.1 step 1)")
    func unknownUser() throws {
        var state = Fixture.state(voters: [], bricks: [])
        #expect(try Fixture.enrich(Fixture.intent(), &state).rejection == .unknownUser)
    }

    @Test("P-08 BANNED comes from the identity, before the brick lookup")
    func banned() throws {
        var state = Fixture.state(voters: [VoterState(identity: Fixture.identity(banned: true))], bricks: [])
        let before = state
        #expect(try Fixture.enrich(Fixture.intent(), &state).rejection == .banned)
        #expect(state == before)
    }

    @Test("UNKNOWN_BRICK for a brick never listed (B.1 step 2)")
    func unknownBrick() throws {
        var state = Fixture.state()
        let before = state
        let outcome = try Fixture.enrich(Fixture.intent(brick: Fixture.otherBrick), &state)
        #expect(outcome == .rejected(VoteRejection(
            intentId: Fixture.intentId(1), userId: Fixture.alice, brickId: Fixture.otherBrick, reason: .unknownBrick)))
        #expect(state == before)
    }

    @Test("P-27 20 intents per user per minute: the 21st in the same instant is RATE_LIMITED")
    func userRateLimit() throws {
        let bricks = (0..<21).map { BrickView(brickId: Fixture.id(0xB2, $0), livePrice: 10_000) }
        var state = Fixture.state(bricks: bricks)
        let outcomes = try bricks.enumerated().map { n, brick in
            try Fixture.enrich(Fixture.intent(n, brick: brick.brickId, ip: "ip-\(n)"), &state)
        }
        #expect(outcomes.prefix(20).allSatisfy { $0.recorded != nil })
        #expect(outcomes.last?.rejection == .rateLimited)
        // One token refills every 3 s (20 per 60 s): 2.999 s is not enough, 3 s is.
        let almost = Fixture.intent(30, brick: bricks[20].brickId, at: Fixture.noon.addingTimeInterval(2.999), ip: "x")
        #expect(try Fixture.enrich(almost, &state).rejection == .rateLimited)
        let refilled = Fixture.intent(31, brick: bricks[20].brickId, at: Fixture.noon.addingTimeInterval(3), ip: "x")
        #expect(try Fixture.enrich(refilled, &state).recorded != nil)
    }

    @Test("P-27 120 intents per ip hash per minute, across users")
    func ipRateLimit() throws {
        let voters = (0..<121).map { VoterState(identity: Fixture.identity(Fixture.id(0xA2, $0))) }
        var state = Fixture.state(voters: voters)
        let outcomes = try voters.enumerated().map { n, voter in
            try Fixture.enrich(Fixture.intent(n, user: voter.identity.userId, ip: "shared"), &state)
        }
        #expect(outcomes.prefix(120).allSatisfy { $0.recorded != nil })
        #expect(outcomes.last?.rejection == .rateLimited)
    }

    @Test("P-27 a rate-limited intent changes nothing (no credit, no seq, no token)")
    func rateLimitedChangesNothing() throws {
        var config = VotingConfig.standard
        config.userRateLimit = RateLimit(capacity: 1, windowSeconds: 60)
        var state = Fixture.state()
        #expect(try Fixture.enrich(Fixture.intent(1), &state, config: config).recorded != nil)
        let before = state
        #expect(try Fixture.enrich(Fixture.intent(2), &state, config: config).rejection == .rateLimited)
        #expect(state == before)
    }

    @Test("token bucket: time running backwards refills nothing and keeps the later clock")
    func bucketClock() throws {
        let limit = RateLimit(capacity: 2, windowSeconds: 60)
        let empty = TokenBucket(level: 0, updatedAt: Fixture.noon)
        #expect(empty.tokens(at: Fixture.noon.addingTimeInterval(-100), limit: limit) == 0)
        #expect(empty.taking(at: Fixture.noon.addingTimeInterval(-100), limit: limit) == nil)
        #expect(empty.tokens(at: Fixture.noon.addingTimeInterval(30), limit: limit) == 1)
        #expect(empty.tokens(at: Fixture.noon.addingTimeInterval(1e12), limit: limit) == 2)
        let taken = try #require(empty.taking(at: Fixture.noon.addingTimeInterval(30), limit: limit))
        #expect(taken.level == 0 && taken.updatedAt == Fixture.noon.addingTimeInterval(30))
    }
}
