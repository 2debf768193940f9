import Foundation
import Synchronization

/// The dedicated thread an AMQP client's engine runs on, and the mailbox its callers post to.
///
/// The thread starts on first use and never restarts after shutdown; a client that never started one
/// shuts down without it. ``AMQPConsumer`` and ``AMQPPublisher`` each own one.
final class EngineThread<Command: Sendable>: Sendable {
    private enum State {
        case idle, running, shutDown
    }

    let mailbox = Mailbox<Command>()
    private let state = Mutex(State.idle)
    private let name: String
    private let shutdownCommand: Command

    /// - Parameter shutdownCommand: what ``shutdown(ifNeverStarted:)`` posts to a running engine.
    init(name: String, shutdownCommand: Command) {
        self.name = name
        self.shutdownCommand = shutdownCommand
    }

    deinit {
        // Lets a forgotten client's thread end instead of running forever.
        _ = mailbox.post(shutdownCommand)
    }

    /// Starts a thread running `engine` unless one was started before; false after shutdown.
    func startIfNeeded(_ engine: @escaping @Sendable () -> Void) -> Bool {
        let start = state.withLock { state -> Bool? in
            switch state {
            case .idle:
                state = .running
                return true
            case .running: return false
            case .shutDown: return nil
            }
        }
        guard let start else { return false }
        if start {
            let thread = Thread(block: engine)
            thread.name = name
            thread.start()
        }
        return true
    }

    /// Asks a running engine to stop, or closes the mailbox of one never started (after `ifNeverStarted`),
    /// then waits until the thread has ended. Idempotent.
    func shutdown(ifNeverStarted: () -> Void = {}) async {
        let previous = state.withLock { state in
            defer { state = .shutDown }
            return state
        }
        switch previous {
        case .idle:
            _ = mailbox.close()
            ifNeverStarted()
            mailbox.finish()
        case .running:
            _ = mailbox.post(shutdownCommand)
        case .shutDown:
            break
        }
        await mailbox.waitUntilFinished()
    }
}
