import EventContracts
import Foundation
import Postgres
import Testing

@testable import voting

@Suite("Vote Enricher against PostgreSQL")
struct EnricherTests {
    let alice = UUID()
    let bob = UUID()
    let brick = UUID()

    /// Alice verified, Bob unverified, one brick at $100.00.
    func seeded(_ db: VotingDatabase) async throws {
        try await db.apply([
            try Events.input(Events.user(alice)), try Events.input(Events.user(bob, verified: false)),
            try Events.input(Events.listing(brick)),
        ])
    }

    @Test("intents become votes with gap-free brickSeq, credits, XP and one outcome each; NO_CREDITS after 3")
    func enrichesABatch() async throws {
        try await VotingDatabase.with { db in
            try await seeded(db)
            let intents = (0..<4).map { n in Events.intent(user: alice, brick: brick, at: Events.t0.addingTimeInterval(Double(n))) }
                + [Events.intent(user: bob, brick: brick, type: .under, at: Events.t0.addingTimeInterval(5))]
            try await db.apply(try intents.map(Events.input))
            let decided = try await db.enrich(now: Events.t0.addingTimeInterval(60))
            #expect(decided.count == 5)
            let recorded = try await db.outbox(VoteRecorded.self)
            #expect(recorded.map(\.brickSeq) == [1, 2, 3, 4])
            #expect(recorded.map(\.userId) == [alice.lowercaseText, alice.lowercaseText, alice.lowercaseText, bob.lowercaseText])
            #expect(recorded.last?.userWeightAtVote == 0)  // unverified (§5)
            #expect(recorded.first?.fairRangeLowerCents == 9_500 && recorded.first?.baseStepAtVoteCents == 700)
            #expect(try await db.outbox(VoteRejected.self).map(\.reason) == [.noCredits])
            let xp = try await db.outbox(XPAwarded.self)
            #expect(xp.count == 3 && xp.allSatisfy { $0.userId == alice.lowercaseText && $0.reason == .vote && $0.amount == 10 })
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_outcomes") == 5)
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_intents WHERE status = 'PENDING'") == 0)
            #expect(try await db.count("SELECT last_brick_seq::int FROM {schema}.bricks") == 4)
            #expect(try await db.count("SELECT remaining FROM {schema}.credits WHERE user_id = '\(alice.lowercaseText)'") == 0)
            #expect(try await db.count("SELECT xp_total::int FROM {schema}.users WHERE user_id = '\(alice.lowercaseText)'") == 30)
            #expect(try await db.enrich(now: Events.t0.addingTimeInterval(61)).count == 0)
        }
    }

    @Test("unknown users, unknown bricks and banned users are rejected and change nothing but the outcome")
    func rejections() async throws {
        let mallory = UUID()
        try await VotingDatabase.with { db in
            try await seeded(db)
            try await db.apply([try Events.input(Events.user(mallory, banned: true))])
            try await db.apply([
                try Events.input(Events.intent(user: UUID(), brick: brick)),
                try Events.input(Events.intent(user: alice, brick: UUID())),
                try Events.input(Events.intent(user: mallory, brick: brick)),
            ])
            try await db.enrich(now: Events.t0)
            #expect(try await db.outbox(VoteRejected.self).map(\.reason) == [.unknownUser, .unknownBrick, .banned])
            #expect(try await db.count("SELECT count(*) FROM {schema}.vote_events") == 0)
            #expect(try await db.count("SELECT count(*) FROM {schema}.credits") == 0)
            #expect(try await db.count("SELECT last_brick_seq::int FROM {schema}.bricks") == 0)
        }
    }

    @Test("P-27 the 21st intent of a user in one instant is RATE_LIMITED; the buckets live in the database across batches")
    func rateLimitAcrossBatches() async throws {
        let bricks = (0..<21).map { _ in UUID() }
        try await VotingDatabase.with { db in
            try await seeded(db)
            try await db.apply(try bricks.map { try Events.input(Events.listing($0)) })
            for half in [bricks[..<10], bricks[10...]] {
                try await db.apply(try half.map { try Events.input(Events.intent(user: alice, brick: $0, ip: "ip-\($0)")) })
                try await db.enrich(now: Events.t0)
            }
            #expect(try await db.outbox(VoteRecorded.self).count == 20)
            #expect(try await db.outbox(VoteRejected.self).map(\.reason) == [.rateLimited])
        }
    }

    @Test("a batch costs the same round trips for 5 intents as for 400")
    func constantRoundTrips() async throws {
        let users = (0..<400).map { _ in UUID() }
        try await VotingDatabase.with { db in
            try await db.apply(try users.map { try Events.input(Events.user($0)) } + [try Events.input(Events.listing(brick))])
            try await db.apply(try users.prefix(5).map { try Events.input(Events.intent(user: $0, brick: brick, ip: "ip-\($0)")) })
            let small = try await db.enrich(now: Events.t0)
            let intake = try await db.apply(try users.dropFirst(5).map { try Events.input(Events.intent(user: $0, brick: brick, ip: "ip-\($0)")) })
            let large = try await db.enrich(now: Events.t0)
            #expect(small.count == 5 && large.count == 395)
            #expect(small.roundTrips == large.roundTrips)
            // BEGIN with the claim, one read pipeline, the writes (events encoded meanwhile), the outbox with COMMIT.
            #expect(large.roundTrips == 4)
            // The intake pipeline and the (empty) user lock; nothing to write.
            #expect(intake.roundTrips == 2)
            #expect(try await db.count("SELECT max(brick_seq)::int FROM {schema}.vote_events") == 400)
        }
    }
}
