import AMQP
import Dispatch
import Synchronization

/// Publishes from a PostgreSQL pool thread, which waits for the confirms while its transaction keeps
/// the claimed outbox rows locked.
///
/// Blocking is fine there: pool threads are the pool's own, never the Swift cooperative pool, and the
/// publisher's work runs on its own connection thread, so the wait cannot starve what it waits for.
enum BlockingPublish {
    /// The indices of `messages` the broker did not confirm (all of them when the publish failed outright).
    static func run(_ messages: [OutgoingMessage], on publisher: AMQPPublisher, timeout: Duration) -> Set<Int> {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await publisher.publish(messages, timeout: timeout)
                outcome.set([])
            } catch let failure as PublishFailure {
                outcome.set(Set(failure.failures.map(\.index)))
            } catch {
                outcome.set(Set(messages.indices))
            }
            done.signal()
        }
        done.wait()
        return outcome.get()
    }

    private final class Outcome: Sendable {
        private let failed = Mutex<Set<Int>>([])
        func set(_ value: Set<Int>) { failed.withLock { $0 = value } }
        func get() -> Set<Int> { failed.withLock { $0 } }
    }
}
