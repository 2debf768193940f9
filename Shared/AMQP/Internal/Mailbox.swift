import Synchronization

/// The lock-protected command queue between async callers and an owning thread.
///
/// Callers `post` commands carrying continuations; the thread `drain`s them between library calls and
/// resumes the continuations. After `close`, posts are refused so nothing waits on a thread that is gone.
final class Mailbox<Command: Sendable>: Sendable {
    private struct State {
        var commands: [Command] = []
        var closed = false
        var finished = false
        var finishWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    let wakeup = WakeupPipe()

    /// Queues `command` and wakes the thread; false when the mailbox is closed.
    func post(_ command: Command) -> Bool {
        let accepted = state.withLock { state in
            guard !state.closed else { return false }
            state.commands.append(command)
            return true
        }
        if accepted { wakeup.wake() }
        return accepted
    }

    func drain() -> [Command] {
        state.withLock { state in
            defer { state.commands.removeAll(keepingCapacity: true) }
            return state.commands
        }
    }

    /// Refuses further posts and returns what was still queued, for the thread to answer.
    func close() -> [Command] {
        state.withLock { state in
            state.closed = true
            defer { state.commands.removeAll() }
            return state.commands
        }
    }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// Called by the thread as its last act: every `waitUntilFinished` caller returns.
    func finish() {
        let waiters = state.withLock { state in
            state.finished = true
            defer { state.finishWaiters.removeAll() }
            return state.finishWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state in
                if !state.finished { state.finishWaiters.append(continuation) }
                return state.finished
            }
            if done { continuation.resume() }
        }
    }
}
