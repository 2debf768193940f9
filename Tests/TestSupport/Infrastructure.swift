import Foundation

/// Stops and starts the local servers through `scripts/infra.sh`, for failure tests.
///
/// Honours `MARKET_LOCAL_DIR`, so a test run in another checkout drives the same servers. The script
/// runs on its own thread (it blocks for seconds), and bash closes every descriptor above 2 first:
/// Foundation's `Process` on Linux learns that a child exited when a socket it shares with the child
/// closes, and a server daemon started by the script would otherwise inherit that socket and keep it
/// open, so `start` would never return.
public enum Infrastructure {
    public enum Server: String, Sendable { case postgres = "pg", broker }

    public static func stop(_ server: Server) async throws { try await run("\(server.rawValue)-stop") }
    public static func start(_ server: Server) async throws { try await run("\(server.rawValue)-start") }

    public struct ScriptFailed: Error, CustomStringConvertible {
        public let command: String
        public let status: Int32
        public var description: String { "scripts/infra.sh \(command) exited \(status)" }
    }

    private static func run(_ command: String) async throws {
        let script = TestEnvironment.packageRoot.appendingPathComponent("scripts/infra.sh").path
        let closeInherited = """
            for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; exec bash "$0" "$1"
            """
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = ["-c", closeInherited, script, command]
                do {
                    try process.run()
                    process.waitUntilExit()
                    guard process.terminationStatus == 0 else {
                        throw ScriptFailed(command: command, status: process.terminationStatus)
                    }
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }
}
