import Dispatch
import Synchronization

/// Makes blocking pool bodies meet: each caller waits (on its pool thread) until all `parties` arrived, so two
/// transactions really overlap. Gives up after 10 s so a bug cannot hang the suite.
final class Barrier: Sendable {
    private let parties: Int
    private let arrived = Mutex(0)
    private let released = DispatchSemaphore(value: 0)

    init(parties: Int) { self.parties = parties }

    func arriveAndWait() {
        let count = arrived.withLock { count in
            count += 1
            return count
        }
        if count == parties {
            for _ in 1..<parties { released.signal() }
        } else {
            _ = released.wait(timeout: .now() + 10)
        }
    }
}

/// A thread-safe counter for attempts made by bodies running on pool threads.
final class Counter: Sendable {
    private let value = Mutex(0)

    /// Adds one and returns the new count.
    func increment() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }

    var count: Int { value.withLock { $0 } }
}
