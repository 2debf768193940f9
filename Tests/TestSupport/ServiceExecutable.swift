import Foundation

/// A service executable built next to the test bundle, run as a child process the way an operator
/// would run it: its own environment (a service prefix plus overrides), killable and stoppable.
public struct ServiceExecutable: Sendable {
    public let name: String

    public init(_ name: String) { self.name = name }

    /// The folder holding the built products, found from the running test bundle.
    public static var buildFolder: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathExtension == "xctest" || url.lastPathComponent == "MacOS" || url.lastPathComponent == "Contents" {
            url.deleteLastPathComponent()
        }
        return url
    }

    public var url: URL {
        let folder = Self.buildFolder
        let here = folder.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: here.path) ? here : folder.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// A process for this executable with the test's environment plus `prefix`-ed `settings`
    /// (e.g. prefix `PRICING_`, settings `["SCHEMA": …]`); not started yet.
    public func process(prefix: String, settings: [String: String], arguments: [String] = []) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in settings { environment[prefix + key] = value }
        process.environment = environment
        return process
    }

    /// Settings every test-run service needs: the admin URLs, `httpPort` (or a port nobody uses), quiet logs.
    public static func commonSettings(
        schema: String, queue: String, exchange: String, httpPort: Int? = nil
    ) throws -> [String: String] {
        [
            "SCHEMA": schema, "QUEUE": queue, "EXCHANGE": exchange, "DATABASE_URL": TestEnvironment.databaseURL,
            "AMQP_URL": TestEnvironment.amqpURL, "HTTP_PORT": String(try httpPort ?? freePort()),
            "DELIVERY_LIMIT": "5", "LOG_LEVEL": "warning", "OUTBOX_POLL_MS": "200", "DB_POOL_SIZE": "4",
        ]
    }
}

/// Polls until `condition` holds or `timeout` passes; returns whether it held.
public func eventually(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if (try? await condition()) == true { return true }
        try await Task.sleep(for: .milliseconds(200))
    }
    return try await condition()
}
