import Dispatch
import Synchronization

/// Work running on a global dispatch queue while its starter does something else, then waits for it.
///
/// For CPU work only (never a blocking call): the queue's threads are shared.
final class BackgroundWork<T: Sendable>: Sendable {
    private let outcome = Mutex<Result<T, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async { [self] in
            let result = Result { try work() }
            outcome.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Blocks until the work is done and returns what it returned or threw. Call once.
    func wait() -> Result<T, any Error> {
        finished.wait()
        // Set before the signal the wait returned on.
        return outcome.withLock { $0 }!
    }
}
