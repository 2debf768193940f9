import Foundation
import Postgres
import TestSupport

extension SystemUnderTest {
    /// An integer from a query on `service`'s schema (`{schema}` in `sql` is replaced by it).
    func integer(_ sql: String, in service: MarketService) async throws -> Int {
        let text = sql.replacingOccurrences(of: "{schema}", with: try schema(service))
        return try await pool.withConnection { try $0.query(text)[0].decode(0, as: Int.self) }
    }

    /// Runs one of `service`'s subcommands (e.g. `pricing replay`) against the run's schema and
    /// database, the way an operator would; its exit status and output.
    func command(_ service: MarketService, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let child = ServiceExecutable(service.executable).process(
            prefix: service.prefix,
            settings: [
                "SCHEMA": try schema(service), "QUEUE": try queue(service), "EXCHANGE": exchange,
                "DATABASE_URL": TestEnvironment.databaseURL, "AMQP_URL": TestEnvironment.amqpURL, "LOG_LEVEL": "warning",
            ],
            arguments: arguments)
        let output = FileManager.default.temporaryDirectory.appending(path: "\(TestEnvironment.uniqueName("e2e-command")).out")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw HarnessError.cannotCreate(output.path) }
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        child.standardOutput = handle
        child.standardError = handle
        try child.run()
        while child.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        try handle.close()
        return (child.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
