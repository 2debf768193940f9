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
}
