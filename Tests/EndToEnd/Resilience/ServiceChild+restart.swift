import Foundation

extension ServiceChild {
    /// The same replica started again: same executable, environment (so the same schema, queue and
    /// HTTP port) and log file, appended to. What a supervisor does after a crash.
    func relaunched() throws -> ServiceChild {
        let next = Process()
        next.executableURL = process.executableURL
        next.arguments = process.arguments
        next.environment = process.environment
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        next.standardOutput = handle
        next.standardError = handle
        try next.run()
        try handle.close()
        return ServiceChild(service: service, process: next, port: port, log: log)
    }

    /// SIGKILL: a crash, no graceful shutdown; returns once the process is gone.
    func crash() async {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
    }
}
