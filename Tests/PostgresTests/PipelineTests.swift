import Glibc
import Postgres
import Testing

struct PipelineTests {
    @Test func thousandInsertsInOneRoundTripWithOrderedResults() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE events (n bigint PRIMARY KEY, label text)")
            let statements = (0..<1_000).map { n in
                PostgresStatement("INSERT INTO events VALUES ($1, $2) RETURNING n", [Int64(n), "event \(n)"])
            }
            let before = connection.roundTrips
            let results = try connection.pipeline(statements)
            #expect(connection.roundTrips - before == 1)
            #expect(results.count == 1_000)
            #expect(try results.map { try $0[0].decode(0, as: Int64.self) } == Array(0..<1_000))
            #expect(try connection.query("SELECT count(*) FROM events")[0].decode(0, as: Int.self) == 1_000)
            #expect(connection.isHealthy)
            #expect(try connection.pipeline([]).isEmpty)
        }
    }

    @Test func failingStatementReportsItsIndexAndNothingIsKeptInATransaction() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE events (n bigint PRIMARY KEY)")
            var statements = (0..<10).map { PostgresStatement("INSERT INTO events VALUES ($1)", [Int64($0)]) }
            statements[6] = PostgresStatement("INSERT INTO events VALUES ($1)", [Int64(2)])  // duplicate key
            let error = #expect(throws: PostgresError.self) {
                try connection.transaction { connection in try connection.pipeline(statements) }
            }
            #expect(error?.statementIndex == 6)
            #expect(error?.sqlState == "23505")
            #expect(try connection.query("SELECT count(*) FROM events")[0].decode(0, as: Int.self) == 0)

            // Outside an explicit transaction the pipeline is one implicit transaction: still nothing kept.
            let implicit = #expect(throws: PostgresError.self) { try connection.pipeline(statements) }
            #expect(implicit?.statementIndex == 6)
            #expect(try connection.query("SELECT count(*) FROM events")[0].decode(0, as: Int.self) == 0)
        }
    }

    /// The overlapped work runs while the server executes the statements: the statement waits on an advisory
    /// lock another session holds, and the work sees it waiting and only then releases it.
    @Test func overlappedWorkRunsWhileTheServerExecutesTheStatements() throws {
        try TestSchema.with { _, connection in
            let holder = try TestSchema.connect()
            defer { holder.close() }
            let key = Int64.random(in: 1...Int64.max)
            let pid = try connection.query("SELECT pg_backend_pid()")[0].decode(0, as: Int32.self)
            _ = try holder.query("SELECT pg_advisory_lock($1)", [key])
            // Handed to the work's thread while this one is busy in the pipeline: used by one thread at a time.
            nonisolated(unsafe) let lockHolder = holder
            let (rows, sawItWaiting) = try connection.pipeline(
                [PostgresStatement("SELECT pg_advisory_xact_lock($1), 7", [key])],
                overlapping: {
                    var waiting = false
                    for _ in 0..<500 where !waiting {
                        waiting = try lockHolder.query(
                            "SELECT count(*) FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted",
                            [pid])[0].decode(0, as: Int64.self) == 1
                        if !waiting { usleep(10_000) }
                    }
                    _ = try lockHolder.query("SELECT pg_advisory_unlock($1)", [key])
                    return waiting
                })
            #expect(sawItWaiting)
            #expect(try rows[0][0].decode(1, as: Int32.self) == 7)
        }
    }

    @Test func overlappedWorkRunsWithNothingToSendAndItsErrorSurfaces() throws {
        struct WorkFailed: Error {}
        try TestSchema.with { _, connection in
            let (rows, value) = try connection.pipeline([], overlapping: { 42 })
            #expect(rows.isEmpty && value == 42)
            #expect(throws: WorkFailed.self) {
                try connection.pipeline([PostgresStatement("SELECT 1", [])], overlapping: { throw WorkFailed() })
            }
            // A failed statement wins over the work's value, and the connection stays usable.
            let error = #expect(throws: PostgresError.self) {
                try connection.pipeline([PostgresStatement("SELECT 1/0", [])], overlapping: { 1 })
            }
            #expect(error?.sqlState == "22012")
            #expect(try connection.query("SELECT 5")[0].decode(0, as: Int.self) == 5)
        }
    }
}
