import Postgres
import Testing

struct TransactionTests {
    private struct Boom: Error {}

    @Test func committedWorkIsVisibleToOthers() throws {
        try TestSchema.with { schema, connection in
            try connection.execute(script: "CREATE TABLE t (v int)")
            let returned = try connection.transaction(isolation: .repeatableRead) { connection in
                try connection.query("INSERT INTO t VALUES (1), (2)").affectedRows
            }
            #expect(returned == 2)
            let other = try TestSchema.connect()
            defer { other.close() }
            #expect(try other.query("SELECT count(*) FROM \(schema("t"))")[0].decode(0, as: Int.self) == 2)
        }
    }

    @Test func throwingBodyRollsBack() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int)")
            #expect(throws: Boom.self) {
                try connection.transaction { connection in
                    try connection.query("INSERT INTO t VALUES ($1)", [1])
                    throw Boom()
                }
            }
            #expect(try connection.query("SELECT count(*) FROM t")[0].decode(0, as: Int.self) == 0)
            #expect(connection.isHealthy)
        }
    }

    @Test func swallowedStatementErrorDoesNotCommitSilently() throws {
        try TestSchema.with { _, connection in
            try connection.execute(script: "CREATE TABLE t (v int PRIMARY KEY)")
            let error = #expect(throws: PostgresError.self) {
                try connection.transaction { connection in
                    try connection.query("INSERT INTO t VALUES (1)")
                    _ = try? connection.query("INSERT INTO t VALUES (1)")  // duplicate, error swallowed
                }
            }
            #expect(error?.sqlState == "25P02")
            #expect(try connection.query("SELECT count(*) FROM t")[0].decode(0, as: Int.self) == 0)
        }
    }

    @Test func nestedTransactionIsRefused() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let error = #expect(throws: PostgresError.self) {
            try connection.transaction { connection in try connection.transaction { _ in 1 } }
        }
        #expect(error?.kind == .invalidArgument)
    }

    @Test func roundTripsCountBeginAndCommit() throws {
        let connection = try TestSchema.connect()
        defer { connection.close() }
        let before = connection.roundTrips
        try connection.transaction { connection in try connection.query("SELECT 1") }
        #expect(connection.roundTrips - before == 3)
    }
}
