import Foundation

/// Stops and starts the local servers through `scripts/infra.sh`, for failure tests.
///
/// Honours `MARKET_LOCAL_DIR`, so a test run in another checkout drives the same servers.
public enum Infrastructure {
    public enum Server: String, Sendable { case postgres = "pg", broker }

    public static func stop(_ server: Server) throws { try run("\(server.rawValue)-stop") }
    public static func start(_ server: Server) throws { try run("\(server.rawValue)-start") }

    public struct ScriptFailed: Error, CustomStringConvertible {
        public let command: String
        public let status: Int32
        public var description: String { "scripts/infra.sh \(command) exited \(status)" }
    }

    private static func run(_ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            TestEnvironment.packageRoot.appendingPathComponent("scripts/infra.sh").path, command,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScriptFailed(command: command, status: process.terminationStatus)
        }
    }
}
