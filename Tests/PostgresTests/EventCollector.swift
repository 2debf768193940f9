import Postgres
import Synchronization

/// Collects a listener's events on a task so a test can wait for one with a deadline.
final class EventCollector: Sendable {
    private final class Log: Sendable {
        let events = Mutex<[ListenerEvent]>([])
    }

    private let log = Log()
    private let task: Task<Void, Never>

    init(_ stream: AsyncStream<ListenerEvent>) {
        let log = self.log
        task = Task { for await event in stream { log.events.withLock { $0.append(event) } } }
    }

    var all: [ListenerEvent] { log.events.withLock { $0 } }

    /// Waits up to `seconds` until `count` events match; true if they did. The deadline is generous because
    /// the whole suite runs in parallel on small CI machines, where a first connect has taken over 10 s; a
    /// wait that succeeds returns at once.
    func wait(for count: Int = 1, seconds: Double = 60, where matches: (ListenerEvent) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if all.filter(matches).count >= count { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Ends when the listener finished its stream.
    func finished() async { await task.value }
}
