import Foundation
import Glibc
import Logging
import Synchronization

/// Unblocks an owning thread stuck inside rabbitmq-c.
///
/// rabbitmq-c 0.11 sends with an infinite deadline, so a publish can block forever while the broker
/// throttles publishers (memory alarm). The owning thread arms a deadline before each round of socket
/// work; if the round overruns, this watchdog's own thread calls `shutdown(2)` on the socket, the blocked
/// call fails, and the owner reconnects. The descriptor is only touched under the lock and the owner
/// disarms (under the same lock) before it destroys the connection, so a reused descriptor is never hit.
final class SocketWatchdog: Sendable {
    private struct State {
        var descriptor: Int32 = -1
        var deadline: ContinuousClock.Instant?
        var stopped = false
    }

    private let state = Mutex(State())
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func arm(descriptor: Int32, for duration: Duration) {
        let deadline = ContinuousClock.now + duration
        state.withLock { state in
            state.descriptor = descriptor
            state.deadline = deadline
        }
    }

    func disarm() {
        state.withLock { state in
            state.descriptor = -1
            state.deadline = nil
        }
    }

    func start(name: String) {
        let thread = Thread { [self] in watch() }
        thread.name = name
        thread.start()
    }

    func stop() {
        state.withLock { $0.stopped = true }
    }

    private func watch() {
        while true {
            usleep(100_000)
            let (stopped, fired) = state.withLock { state -> (Bool, Bool) in
                guard !state.stopped else { return (true, false) }
                guard let deadline = state.deadline, state.descriptor >= 0, ContinuousClock.now >= deadline else {
                    return (false, false)
                }
                shutdown(state.descriptor, Int32(SHUT_RDWR))
                state.deadline = nil
                return (false, true)
            }
            if stopped { return }
            if fired { logger.warning("AMQP socket operation overran its deadline; socket shut down to reconnect") }
        }
    }
}
