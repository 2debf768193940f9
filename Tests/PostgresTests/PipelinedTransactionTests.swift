import Postgres
import Testing

/// `transaction(beginWith:)`: the opening statements ride with BEGIN, the closing ones with COMMIT, and every
/// failure on either side rolls back and surfaces.
struct PipelinedTransactionTests {
    @Test func openingAndClosingStatementsCostNoRoundTripOfTheirOwn() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int)")
            let before = connection.roundTrips
            let seen = try connection.transaction(beginWith: [PostgresStatement("SELECT $1::int + 1", [41])]) { connection, opened in
                try connection.query("INSERT INTO t VALUES (1)")
                return .commit(try opened[0][0].decode(0, as: Int.self), with: [PostgresStatement("INSERT INTO t VALUES ($1)", [2])])
            }
            #expect(seen == 42)
            #expect(connection.roundTrips - before == 3)  // BEGIN+SELECT, the body's INSERT, INSERT+COMMIT
            #expect(try connection.query("SELECT array_agg(v ORDER BY v) FROM t")[0].decode(0, as: [Int].self) == [1, 2])
        }
    }

    @Test func aFailingClosingStatementRollsBackAndNeverCommits() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int PRIMARY KEY)")
            let error = #expect(throws: PostgresError.self) {
                try connection.transaction(beginWith: [PostgresStatement("INSERT INTO t VALUES (1)")]) { _, _ in
                    .commit((), with: [PostgresStatement("INSERT INTO t VALUES (1)")])
                }
            }
            #expect(error?.sqlState == "23505")
            #expect(error?.statementIndex == 0)
            #expect(try connection.query("SELECT count(*) FROM t")[0].decode(0, as: Int.self) == 0)
            #expect(connection.isHealthy)
        }
    }

    @Test func aFailingOpeningStatementIsNamedWithinTheOpeningAndRollsBack() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int PRIMARY KEY)")
            let ran = Counter()
            let error = #expect(throws: PostgresError.self) {
                try connection.transaction(
                    beginWith: [PostgresStatement("INSERT INTO t VALUES (1)"), PostgresStatement("SELECT 1/0")]
                ) { _, _ in
                    _ = ran.increment()
                    return .commit(())
                }
            }
            #expect(error?.sqlState == "22012")
            #expect(error?.statementIndex == 1)
            #expect(ran.count == 0)
            #expect(try connection.query("SELECT count(*) FROM t")[0].decode(0, as: Int.self) == 0)
            #expect(connection.isHealthy)
        }
    }

    /// A deferred constraint is checked by COMMIT itself: the pipelined COMMIT fails, and that must be an error.
    @Test func aCommitThatFailsIsAnErrorNotASilentSuccess() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)")
            let error = #expect(throws: PostgresError.self) {
                try connection.transaction(beginWith: [PostgresStatement("INSERT INTO t VALUES (1)")]) { _, _ in
                    .commit((), with: [PostgresStatement("INSERT INTO t VALUES (1)")])
                }
            }
            #expect(error?.sqlState == "23505")
            #expect(error?.statementIndex == 1)  // the COMMIT, after the closing INSERT
            #expect(try connection.query("SELECT count(*) FROM t")[0].decode(0, as: Int.self) == 0)
            #expect(connection.isHealthy)
        }
    }

    /// A serialization failure raised at COMMIT (a deferred trigger that fails the first attempt only: sequences
    /// are not rolled back) is retried by the pool, and the work lands once.
    @Test func aSerializationFailureAtThePipelinedCommitIsRetried() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
            try await pool.withConnection { connection in
                try connection.execute(script: """
                    CREATE TABLE \(schema("t")) (v int);
                    CREATE SEQUENCE \(schema("attempts"));
                    CREATE FUNCTION \(schema("fail_first"))() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF nextval('\(schema("attempts"))') = 1 THEN
                        RAISE EXCEPTION 'first commit fails' USING ERRCODE = 'serialization_failure';
                      END IF;
                      RETURN NULL;
                    END $$;
                    CREATE CONSTRAINT TRIGGER fail_first AFTER INSERT ON \(schema("t"))
                      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION \(schema("fail_first"))();
                    """)
            }
            let bodies = Counter()
            let value = try await pool.transaction(beginWith: [PostgresStatement("SELECT 7")]) { _, opened in
                _ = bodies.increment()
                return .commit(try opened[0][0].decode(0, as: Int.self), with: [PostgresStatement("INSERT INTO \(schema("t")) VALUES (1)")])
            }
            #expect(value == 7)
            #expect(bodies.count == 2)
            let rows = try await pool.withConnection { try $0.query("SELECT count(*) FROM \(schema("t"))")[0].decode(0, as: Int.self) }
            #expect(rows == 1)
            await pool.shutdown()
        }
    }
}
