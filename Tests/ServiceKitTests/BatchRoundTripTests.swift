import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport
import Testing

/// A consumed batch costs the handler's round trips plus two: the inbox record travels with BEGIN and the
/// outbox insert with COMMIT. Counted with `PostgresConnection.roundTrips`, so the test is structural.
struct BatchRoundTripTests {
    @Test func aBatchCostsTheHandlersRoundTripsPlusTwoWhateverItsSize() async throws {
        try await RoundTripFixture.with { fixture in
            let small = try fixture.events(1)
            let large = try fixture.events(300)
            let (smallResult, smallTrips) = try await fixture.commit(small)
            let (largeResult, largeTrips) = try await fixture.commit(large)
            #expect(smallTrips == TwoTripHandler.roundTrips + 2)
            #expect(largeTrips == TwoTripHandler.roundTrips + 2)
            #expect(smallResult.applied == 1 && largeResult.applied == 300)
            // Everything landed: inbox, state and outbox, once each.
            #expect(try await fixture.rows() == .each(301))
            #expect(largeResult.emitted.count == 300)
        }
    }

    @Test func aRedeliveredBatchCostsFourRoundTripsAndChangesNothing() async throws {
        try await RoundTripFixture.with { fixture in
            let events = try fixture.events(50)
            _ = try await fixture.commit(events)
            let (again, trips) = try await fixture.commit(events)
            // BEGIN with the plain record, which fails; ROLLBACK; BEGIN with the claim; COMMIT. The handler never runs.
            #expect(trips == 4)
            #expect(again.applied == 0 && again.duplicates == 50 && again.emitted.isEmpty)
            #expect(try await fixture.rows() == .each(50))
        }
    }

    /// One event of a batch was applied before: only the others are applied, each once, and only they emit
    /// (through the pool, as the consumer commits).
    @Test func aBatchWithOneEventAppliedBeforeAppliesOnlyTheOthers() async throws {
        try await RoundTripFixture.with { fixture in
            let events = try fixture.events(20)
            _ = try await fixture.commit([events[7]])
            let result = try await fixture.applier.commit(events, using: fixture.pool)
            #expect(result.applied == 19 && result.duplicates == 1 && result.emitted.count == 19)
            #expect(try await fixture.rows() == .each(20))
        }
    }

    /// The same event twice in one batch, as a tool or a caller's own batching may hand it over: applied
    /// once and its copy counted a duplicate, on one connection, through the pool and inside a caller's
    /// transaction; the copy is dropped before the inbox sees it, so no failed record comes first.
    @Test func anEventTwiceInOneBatchIsAppliedOnce() async throws {
        try await RoundTripFixture.with { fixture in
            let events = try fixture.events(9)
            let (single, trips) = try await fixture.commit(Array(events[0..<3]) + [events[1]])
            #expect(single.applied == 3 && single.duplicates == 1 && single.emitted.count == 3)
            #expect(trips == TwoTripHandler.roundTrips + 2)
            let pooled = try await fixture.applier.commit(Array(events[3..<6]) + [events[4], events[4]], using: fixture.pool)
            #expect(pooled.applied == 3 && pooled.duplicates == 2 && pooled.emitted.count == 3)
            let applier = fixture.applier
            let inside = try await fixture.pool.transaction { connection in
                try applier.apply(Array(events[6..<9]) + [events[8]], on: connection)
            }
            #expect(inside.applied == 3 && inside.duplicates == 1 && inside.emitted.count == 3)
            #expect(try await fixture.rows() == .each(9))
        }
    }

    /// A unique violation on the handler's own table is the handler's failure, never mistaken for a
    /// redelivery: it surfaces after one attempt (taken for a duplicate, the batch would be claimed and
    /// applied a second time), and the batch leaves nothing behind.
    @Test func aHandlersOwnUniqueViolationIsNotTakenForADuplicate() async throws {
        try await RoundTripFixture.with { fixture in
            try await fixture.execute("CREATE UNIQUE INDEX one_per_brick ON {schema}.applied (brick_id)")
            let events = try fixture.events(3, brick: UUID().uuidString.lowercased())
            let (error, trips) = try await fixture.failingCommit(events)
            #expect(error.sqlState == "23505" && error.table == "applied")
            // BEGIN with the record, the handler's insert that fails, ROLLBACK.
            #expect(trips == 3)
            #expect(try await fixture.rows() == .each(0))
        }
    }

    /// Only this schema's inbox refusing an id counts as a duplicate: not another table's unique violation,
    /// not another schema's inbox, not an error of another kind.
    @Test func onlyThisInboxRefusingAnIdIsADuplicate() async throws {
        try await RoundTripFixture.with { fixture in
            try await fixture.execute("""
                INSERT INTO {schema}.inbox (event_id, event_type) VALUES ('e1', 'brick.listed');
                CREATE UNIQUE INDEX one_per_brick ON {schema}.applied (brick_id);
                INSERT INTO {schema}.applied (event_id, brick_id) VALUES ('e1', 'b1');
                """)
            let inboxError = try await fixture.error(of: "INSERT INTO {schema}.inbox (event_id, event_type) VALUES ('e1', 'x')")
            let appliedError = try await fixture.error(of: "INSERT INTO {schema}.applied (event_id, brick_id) VALUES ('e2', 'b1')")
            let inbox = Inbox(schema: fixture.schema)
            #expect(inbox.isDuplicate(inboxError))
            #expect(!inbox.isDuplicate(appliedError))
            #expect(!Inbox(schema: try SchemaName("\(fixture.schema)_other")).isDuplicate(inboxError))
            #expect(!inbox.isDuplicate(PostgresError(.server, "not a conflict", sqlState: "40001")))
        }
    }

    /// The handler's write breaks a deferred constraint, which only COMMIT checks: the pipelined COMMIT fails,
    /// the error surfaces, and neither the inbox nor the outbox keeps anything (the events can be redelivered).
    @Test func aFailingPipelinedCommitSurfacesAndKeepsNothing() async throws {
        try await RoundTripFixture.with { fixture in
            try await fixture.execute("ALTER TABLE {schema}.applied ADD CONSTRAINT one_per_brick UNIQUE (brick_id) DEFERRABLE INITIALLY DEFERRED")
            let events = try fixture.events(3, brick: UUID().uuidString.lowercased())
            let error = await #expect(throws: PostgresError.self) { try await fixture.commit(events) }
            #expect(error?.sqlState == "23505")
            #expect(try await fixture.rows() == .each(0))
        }
    }

    /// The outbox insert fails inside the COMMIT pipeline: COMMIT never runs and the batch leaves nothing.
    @Test func aFailingOutboxInsertNeverCommitsTheBatch() async throws {
        try await RoundTripFixture.with { fixture in
            try await fixture.execute("ALTER TABLE {schema}.outbox ADD CONSTRAINT tiny CHECK (length(body) < 10)")
            let error = await #expect(throws: PostgresError.self) { try await fixture.commit(try fixture.events(5)) }
            #expect(error?.sqlState == "23514")
            #expect(try await fixture.rows() == .each(0))
        }
    }

    /// A serialization failure reported by the pipelined COMMIT (forced on the first attempt by a deferred
    /// trigger; sequences ignore rollbacks) is retried through the pool and the batch applies once.
    @Test func aSerializationFailureAtCommitIsRetriedAndAppliedOnce() async throws {
        try await RoundTripFixture.with { fixture in
            try await fixture.execute("""
                CREATE SEQUENCE {schema}.commits;
                CREATE FUNCTION {schema}.fail_first() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF nextval('{schema}.commits') = 1 THEN
                    RAISE EXCEPTION 'first commit fails' USING ERRCODE = 'serialization_failure';
                  END IF;
                  RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER fail_first AFTER INSERT ON {schema}.outbox
                  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {schema}.fail_first();
                """)
            let result = try await fixture.applier.commit(try fixture.events(20), using: fixture.pool)
            #expect(result.applied == 20)
            #expect(try await fixture.rows() == .each(20))
            #expect(try await fixture.count("outbox", distinct: "event_id") == 20)
        }
    }
}

/// A handler that costs exactly ``roundTrips`` round trips per batch, whatever its size.
struct TwoTripHandler: EventHandler {
    static let consumedTypes = [BrickListed.eventType]
    static let roundTrips = 2
    let schema: SchemaName

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var ids: [String] = []
        var bricks: [String] = []
        for event in events {
            guard let listed = event.payload as? BrickListed else { continue }
            ids.append(event.envelope.id)
            bricks.append(listed.brickId)
            try batch.emit(
                CloudEvent(
                    causedBy: event.envelope, id: UUID(), source: EventSource.service("servicekit-tests"),
                    time: event.envelope.time,
                    data: BrickPriceClosed(brickId: listed.brickId, day: "2026-11-23", closePriceCents: 100, votesToday: 0)))
        }
        try batch.connection.query(
            "INSERT INTO \(schema).applied (event_id, brick_id) SELECT * FROM UNNEST($1::text[], $2::text[])", [ids, bricks])
        try batch.connection.query("SELECT count(*) FROM \(schema).applied")
    }
}

/// A schema with the messaging tables and an `applied` table, a pool, and the applier over ``TwoTripHandler``.
struct RoundTripFixture {
    let schema: SchemaName
    let pool: PostgresPool
    let applier: BatchApplier<TwoTripHandler>

    static func with(_ body: (RoundTripFixture) async throws -> Void) async throws {
        let logger = Logger(label: "round-trip-tests")
        let schema = try SchemaName(TestEnvironment.uniqueName("trips"))
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: logger)
        let descriptor = ServiceDescriptor(
            name: "round-trip-tests", schema: schema, queue: "unused", environmentPrefix: "TRIPS_", defaultHTTPPort: 0,
            migrations: [
                Migration(version: 1, name: "applied", sql: "CREATE TABLE applied (event_id text NOT NULL, brick_id text NOT NULL);")
            ])
        let fixture = RoundTripFixture(
            schema: schema, pool: pool, applier: BatchApplier(schema: schema, handler: TwoTripHandler(schema: schema), logger: logger))
        do {
            try await descriptor.migrate(using: pool, logger: logger)
            try await body(fixture)
        } catch {
            await fixture.drop()
            throw error
        }
        await fixture.drop()
    }

    private func drop() async {
        _ = try? await pool.withConnection { [schema] in try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }

    func events(_ count: Int, brick: String? = nil) throws -> [IncomingEvent] {
        try (0..<count).map { _ in
            try IncomingEvent(
                CloudEvent(
                    id: UUID(), source: "urn:market:test", time: Date(timeIntervalSince1970: 1_790_000_000),
                    data: BrickListed(
                        brickId: brick ?? UUID().uuidString.lowercased(), name: "brick", baselinePriceCents: 100,
                        listedAt: Date(timeIntervalSince1970: 1_790_000_000))))
        }
    }

    /// Commits one batch on one connection; returns the result and the round trips it cost.
    func commit(_ events: [IncomingEvent]) async throws -> (BatchApplier<TwoTripHandler>.Result, Int) {
        let applier = applier
        return try await pool.withConnection { connection in
            let before = connection.roundTrips
            let result = try applier.commit(events, on: connection)
            return (result, connection.roundTrips - before)
        }
    }

    /// Commits one batch that must fail; returns the error and the round trips the attempt cost.
    func failingCommit(_ events: [IncomingEvent]) async throws -> (PostgresError, Int) {
        let applier = applier
        return try await failure { _ = try applier.commit(events, on: $0) }
    }

    /// The error `statement` fails with.
    func error(of statement: String) async throws -> PostgresError {
        let sql = statement.replacingOccurrences(of: "{schema}", with: "\(schema)")
        return try await failure { try $0.query(sql) }.error
    }

    /// Runs `body`, which must fail with a ``PostgresError``, on one connection; returns the error and the
    /// round trips it cost.
    private func failure(
        _ body: @escaping @Sendable (PostgresConnection) throws -> Void
    ) async throws -> (error: PostgresError, trips: Int) {
        try await pool.withConnection { connection in
            let before = connection.roundTrips
            do {
                try body(connection)
            } catch let error as PostgresError {
                return (error, connection.roundTrips - before)
            }
            throw PostgresError(.invalidArgument, "the statement was expected to fail and succeeded")
        }
    }

    func execute(_ script: String) async throws {
        let sql = script.replacingOccurrences(of: "{schema}", with: "\(schema)")
        try await pool.withConnection { try $0.execute(script: sql) }
    }

    /// The rows of the three tables a batch writes.
    struct Rows: Equatable {
        var inbox: Int, applied: Int, outbox: Int

        /// As many in each: the batch landed whole, or (0) not at all.
        static func each(_ count: Int) -> Rows { Rows(inbox: count, applied: count, outbox: count) }
    }

    func rows() async throws -> Rows {
        Rows(inbox: try await count("inbox"), applied: try await count("applied"), outbox: try await count("outbox"))
    }

    func count(_ table: String, distinct column: String? = nil) async throws -> Int {
        let sql = "SELECT count(\(column.map { "DISTINCT \($0)" } ?? "*")) FROM \(schema).\(table)"
        return try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int.self) }
    }
}
