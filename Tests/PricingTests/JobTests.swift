import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport
import PricingDomain
import Testing

@testable import pricing

@Suite("Scheduled jobs against PostgreSQL")
struct JobTests {
    let brick = UUID()

    func job(_ db: PricingDatabase, _ name: String, _ body: @escaping PricingJob.Body) -> PricingJob {
        PricingJob(name: name, store: db.store, pool: db.pool, interval: .seconds(60), logger: Logger(label: "job-test"), body: body)
    }

    func outboxTypes(_ db: PricingDatabase) async throws -> [String] {
        let schema = db.schema
        return try await db.pool.withConnection { connection in
            try connection.query("SELECT event_type FROM \(schema).outbox ORDER BY id").map { try $0.decode(0, as: String.self) }
        }
    }

    @Test("the freeze-timeout job ends a due freeze with a TIMEOUT entry, a new cycle and its events")
    func freezeTimeout() async throws {
        let listing = VoteFactory.listing(brick)
        var pure = try PureLedger(listing: listing)
        for index in 0..<20 { try pure.vote(.fair, at: VoteFactory.t0.addingTimeInterval(Double(index) * 300)) }
        let deadline = try #require(pure.state.freezeUntil)
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(listing)] + pure.events.map(VoteFactory.input))
            let timeout = job(db, "freeze-timeout", ControlJobs.freezeTimeout(store: db.store, config: db.config))
            try await timeout.runOnce(now: deadline.addingTimeInterval(-1))
            #expect(try await db.state(brick)?.freezeMode == true)
            try await timeout.runOnce(now: deadline.addingTimeInterval(30))
            let stored = try #require(try await db.state(brick))
            #expect(!stored.freezeMode && stored.cycleNumber == 2)
            #expect(stored.cycleStartedAt == deadline)
            #expect(try await outboxTypes(db) == [BrickFreezeChanged.eventType, BrickCycleReset.eventType, BrickStateUpdated.eventType])
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE kind = 'FREEZE_TIMEOUT'") == 1)
            #expect(try await StateReplay(store: db.store, config: db.config).run(brickId: brick, pool: db.pool).mismatches.isEmpty)
        }
    }

    @Test("the dead-brick job rechecks a brick quiet for 30 days, once")
    func deadBrick() async throws {
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(VoteFactory.listing(brick))])
            let recheck = job(db, "dead-brick-recheck", ControlJobs.deadBrickRecheck(store: db.store, config: db.config))
            try await recheck.runOnce(now: VoteFactory.t0.addingTimeInterval(29 * 86_400))
            #expect(try await db.state(brick)?.needsRecheck == false)
            try await recheck.runOnce(now: VoteFactory.t0.addingTimeInterval(30 * 86_400))
            try await recheck.runOnce(now: VoteFactory.t0.addingTimeInterval(31 * 86_400))
            let stored = try #require(try await db.state(brick))
            #expect(stored.needsRecheck && stored.recheckEpoch == 1)
            #expect(try await db.count("SELECT count(*) FROM {schema}.ledger WHERE recheck_origin = 'DEAD_BRICK'") == 1)
        }
    }

    @Test("a job whose advisory lock another replica holds does nothing")
    func advisoryLock() async throws {
        try await PricingDatabase.with { db in
            try await db.apply([try VoteFactory.input(VoteFactory.listing(brick))])
            let recheck = job(db, "dead-brick-recheck", ControlJobs.deadBrickRecheck(store: db.store, config: db.config))
            // Another replica: its own session, holding the job's lock in an open transaction.
            let replica = try PostgresConnection(url: TestEnvironment.databaseURL)
            try replica.query("BEGIN")
            let held = try replica.query(db.store.tryJobLock("dead-brick-recheck"))[0].decode(0, as: Bool.self)
            try await recheck.runOnce(now: VoteFactory.t0.addingTimeInterval(40 * 86_400))
            let whileHeld = try await db.state(brick)?.needsRecheck
            try replica.query("ROLLBACK")
            replica.close()
            #expect(whileHeld == false)
            #expect(held)
            try await recheck.runOnce(now: VoteFactory.t0.addingTimeInterval(40 * 86_400))
            #expect(try await db.state(brick)?.needsRecheck == true)
        }
    }
}
