import EventContracts
import Foundation
import Postgres
import PricingDomain
import ServiceKit
import Testing

@testable import voting

@Suite("Voting consumer against PostgreSQL")
struct HandlerTests {
    let alice = UUID()
    let bob = UUID()
    let brick = UUID()

    @Test("the same intent id from two events is stored once and decided once")
    func duplicateIntents() async throws {
        let intentId = UUID()
        try await VotingDatabase.with { db in
            try await db.apply([try Events.input(Events.user(alice)), try Events.input(Events.listing(brick))])
            try await db.apply([try Events.input(Events.intent(intentId, user: alice, brick: brick))])
            try await db.enrich(now: Events.t0)
            try await db.apply([try Events.input(Events.intent(intentId, user: alice, brick: brick))])
            #expect(try await db.enrich(now: Events.t0).count == 0)
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_intents") == 1)
            #expect(try await db.outbox(VoteRecorded.self).count == 1)
        }
    }

    @Test("brick projections: a state report moves the price the next vote is stamped with; stale reports are ignored")
    func brickProjection() async throws {
        try await VotingDatabase.with { db in
            try await db.apply([try Events.input(Events.user(alice)), try Events.input(Events.listing(brick))])
            try await db.apply([try Events.input(Events.state(brick, priceCents: 30, applied: 3))])
            try await db.apply([try Events.input(Events.state(brick, priceCents: 99_999, applied: 2))])
            try await db.apply([try Events.input(Events.intent(user: alice, brick: brick))])
            try await db.enrich(now: Events.t0)
            let vote = try #require(try await db.outbox(VoteRecorded.self).first)
            #expect(vote.livePriceAtVoteCents == 30)
            #expect(vote.fairRangeLowerCents == 29 && vote.fairRangeUpperCents == 32)  // P-10 rounding
        }
    }

    @Test("P-26 a cycle closed UP scores OVER right and UNDER wrong, awards ACCURACY once, even if the reset repeats")
    func accuracyScoring() async throws {
        try await VotingDatabase.with { db in
            try await db.apply([
                try Events.input(Events.user(alice)), try Events.input(Events.user(bob)), try Events.input(Events.listing(brick)),
            ])
            try await db.apply([
                try Events.input(Events.intent(user: alice, brick: brick, type: .over)),
                try Events.input(Events.intent(user: bob, brick: brick, type: .under, ip: "ip-2")),
            ])
            try await db.enrich(now: Events.t0)
            let first = try await db.apply([try Events.input(Events.cycleReset(brick, closed: 1, direction: .up))])
            #expect(first.events.map(\.data.reason) == [.accuracy])
            #expect(first.events.first?.data.userId == alice.lowercaseText)
            let again = try await db.apply([try Events.input(Events.cycleReset(brick, closed: 1, direction: .up))])
            #expect(again.events.isEmpty)
            #expect(try await db.count("SELECT correct_votes::int FROM {schema}.users WHERE user_id = '\(alice.lowercaseText)'") == 1)
            #expect(try await db.count("SELECT resolved_votes::int FROM {schema}.users WHERE user_id = '\(bob.lowercaseText)'") == 1)
            #expect(try await db.count("SELECT correct_votes::int FROM {schema}.users WHERE user_id = '\(bob.lowercaseText)'") == 0)
            #expect(try await db.count("SELECT xp_total::int FROM {schema}.users WHERE user_id = '\(alice.lowercaseText)'") == 30)
            #expect(try await db.count("SELECT cycle_number FROM {schema}.bricks") == 2)
        }
    }

    @Test("an event that can never apply is rejected with its id and the batch changes nothing")
    func badEventsChangeNothing() async throws {
        try await VotingDatabase.with { db in
            try await db.apply([try Events.input(Events.listing(brick))])
            let wrongCycle = Events.state(brick, priceCents: 5, applied: 9, cycleId: UUID())
            let batch = [try Events.input(Events.user(alice)), try Events.input(wrongCycle)]
            await #expect {
                try await db.apply(batch)
            } throws: { error in
                (error as? EventRejected)?.eventID == wrongCycle.id
            }
            #expect(try await db.count("SELECT count(*) FROM {schema}.users") == 0)
            #expect(try await db.count("SELECT live_price_cents::int FROM {schema}.bricks") == 10_000)
        }
    }
}
