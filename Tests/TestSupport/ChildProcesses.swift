import Foundation

/// The service replicas a test harness started, so a `Sendable` harness can start more from any task
/// and still stop every one of them at the end.
public final class ChildProcesses: @unchecked Sendable {
    // `lock` guards `processes`, the only mutable state.
    private let lock = NSLock()
    private var processes: [Process] = []

    public init() {}

    // A test that throws never reaches its teardown; a child left running would keep `swift test`
    // waiting for the output pipe it inherited, so the last reference takes the children down.
    deinit { kill() }

    /// Records a started process.
    public func append(_ process: Process) { lock.withLock { processes.append(process) } }

    /// Every process started so far, in start order.
    public var all: [Process] { lock.withLock { processes } }

    /// SIGKILL to every process still running, waiting until each is gone: the crash a restart must
    /// survive, and a teardown that leaves nothing behind.
    public func kill() {
        for process in all where process.isRunning {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// SIGTERM to every process; their exit statuses in start order (0 for a clean shutdown).
    public func terminate() -> [Int32] {
        all.map { process in
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }
}
