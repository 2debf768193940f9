import Foundation
import TestSupport

/// Stops and starts the shared broker through `scripts/infra.sh`, like `TestSupport.Infrastructure`, but
/// usable for `broker-start` on Linux.
///
/// Foundation's `Process` on Linux learns that a child exited when a socket it shares with the child
/// closes; `rabbitmq-server`, started in the background by the script, inherits that socket and keeps it
/// open, so `Infrastructure.start(.broker)` never returns. Here bash closes every descriptor above 2
/// before running the script, so the daemon inherits neither that socket nor this process's AMQP sockets.
enum BrokerRestart {
    struct ScriptFailed: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        var description: String { "scripts/infra.sh \(command) exited \(status)" }
    }

    static func stop() async throws { try await run("broker-stop") }
    static func start() async throws { try await run("broker-start") }

    private static func run(_ command: String) async throws {
        let script = TestEnvironment.packageRoot.appendingPathComponent("scripts/infra.sh").path
        let closeInherited = """
            for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; exec bash "$0" "$1"
            """
        try await onOwnThread {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", closeInherited, script, command]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ScriptFailed(command: command, status: process.terminationStatus)
            }
        }
    }
}
