import Foundation
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One locally started replica of a service: the child process, its HTTP port and its log file
/// (stdout and stderr), which a failure message quotes.
struct ServiceChild: Sendable {
    let service: MarketService
    let process: Process
    let port: Int
    let log: URL

    /// Starts `service` with `settings` (without the prefix), logging to `log`.
    static func launch(_ service: MarketService, settings: [String: String], port: Int, log: URL) throws -> ServiceChild {
        let process = ServiceExecutable(service.executable).process(prefix: service.prefix, settings: settings)
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw HarnessError.cannotCreate(log.path) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()  // the child writes through its own copy of the descriptor
        return ServiceChild(service: service, process: process, port: port, log: log)
    }

    /// The last lines the replica logged, for a failure message.
    var logTail: String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(15).joined(separator: "\n") + " (full log: \(log.path))"
    }

    /// Removes the log file when the replica logged nothing (at the quiet default level, a clean run),
    /// and its run's log folder once that is empty; a log with lines stays for whoever reads a failure.
    func removeLogIfEmpty() {
        guard (try? FileManager.default.attributesOfItem(atPath: log.path))?[.size] as? Int == 0 else { return }
        try? FileManager.default.removeItem(at: log)
        let folder = log.deletingLastPathComponent()
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty) == true {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Waits until the replica answers `/health/ready` with 200; fails at once if it exits.
    func waitUntilReady(timeout: Duration) async throws {
        let url = "http://127.0.0.1:\(port)/health/ready"
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw HarnessError.exited(service: service.rawValue, status: process.terminationStatus, log: logTail)
            }
            if (try? await HTTPReply.get(url).status) == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw HarnessError.notReady(service: service.rawValue, url: url, log: logTail)
    }

    /// SIGTERM, then waits (without blocking a thread) up to `grace` before SIGKILL; the exit status.
    func stop(grace: Duration) async -> Int32 {
        if process.isRunning { process.terminate() }
        let deadline = ContinuousClock.now + grace
        while process.isRunning && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            while process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
        }
        return process.terminationStatus
    }
}
