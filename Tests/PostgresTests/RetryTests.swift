import Postgres
import Testing

/// `PostgresPool.transaction` reruns the whole body on serialization failure and deadlock, and only then.
struct RetryTests {
    @Test func conflictingSerializableTransactionsBothCommitThroughRetries() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 2, logger: TestSchema.logger)
            try await pool.withConnection { try $0.execute(script: "CREATE TABLE \(schema("t")) (k int, v int)") }
            let barrier = Barrier(parties: 2)
            let attempts = Counter()
            @Sendable func writeSkew(_ connection: PostgresConnection, firstAttempt: Bool) throws {
                let seen: Int = try connection.query("SELECT count(*) FROM \(schema("t")) WHERE k = 1")[0].decode(0)
                if firstAttempt { barrier.arriveAndWait() }  // both have read before either writes
                try connection.query("INSERT INTO \(schema("t")) VALUES (1, $1)", [seen])
            }
            @Sendable func run() async throws {
                let mine = Counter()
                try await pool.transaction(isolation: .serializable) { connection in
                    _ = attempts.increment()
                    try writeSkew(connection, firstAttempt: mine.increment() == 1)
                }
            }
            async let first: Void = run()
            async let second: Void = run()
            _ = try await (first, second)
            let seen = try await pool.withConnection { connection in
                try connection.query("SELECT v FROM \(schema("t")) ORDER BY v").map { try $0.decode(0, as: Int.self) }
            }
            #expect(seen == [0, 1])  // serial outcome: the retried one saw the other's row
            #expect(attempts.count > 2)
            await pool.shutdown()
        }
    }

    @Test func deadlockIsRetried() async throws {
        try await TestSchema.with { schema in
            let pool = PostgresPool(url: TestSchema.url, size: 2, logger: TestSchema.logger)
            try await pool.withConnection { connection in
                try connection.execute(script: """
                    CREATE TABLE \(schema("accounts")) (id int PRIMARY KEY, v int);
                    INSERT INTO \(schema("accounts")) VALUES (1, 0), (2, 0);
                    """)
            }
            let barrier = Barrier(parties: 2)
            let attempts = Counter()
            @Sendable func transfer(lockFirst: Int, lockSecond: Int) async throws {
                let mine = Counter()
                try await pool.transaction { connection in
                    _ = attempts.increment()
                    let update = "UPDATE \(schema("accounts")) SET v = v + 1 WHERE id = $1"
                    try connection.query(update, [lockFirst])
                    if mine.increment() == 1 { barrier.arriveAndWait() }
                    try connection.query(update, [lockSecond])
                }
            }
            async let first: Void = transfer(lockFirst: 1, lockSecond: 2)
            async let second: Void = transfer(lockFirst: 2, lockSecond: 1)
            _ = try await (first, second)
            let values = try await pool.withConnection { connection in
                try connection.query("SELECT v FROM \(schema("accounts")) ORDER BY id").map { try $0.decode(0, as: Int.self) }
            }
            #expect(values == [2, 2])  // both transfers committed exactly once
            // At least one retry. Under load the retried transfer was seen to deadlock once more (4 attempts).
            #expect(attempts.count >= 3)
            await pool.shutdown()
        }
    }

    @Test func retriesStopAtMaxAttemptsAndOtherErrorsAreNotRetried() async throws {
        let pool = PostgresPool(url: TestSchema.url, size: 1, logger: TestSchema.logger)
        let serialization = Counter()
        let failure = await #expect(throws: PostgresError.self) {
            try await pool.transaction(maxAttempts: 3) { connection in
                _ = serialization.increment()
                try connection.execute(script: "DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure'; END $$")
            }
        }
        #expect(failure?.isRetryableTransaction == true)
        #expect(serialization.count == 3)

        let other = Counter()
        let division = await #expect(throws: PostgresError.self) {
            try await pool.transaction { connection in
                _ = other.increment()
                try connection.query("SELECT 1 / 0")
            }
        }
        #expect(division?.sqlState == "22012")
        #expect(other.count == 1)

        let invalid = await #expect(throws: PostgresError.self) { try await pool.transaction(maxAttempts: 0) { _ in 1 } }
        #expect(invalid?.kind == .invalidArgument)
        await pool.shutdown()
    }
}
