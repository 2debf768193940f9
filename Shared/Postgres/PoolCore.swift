import Dispatch
import Logging
import Synchronization

/// The shared state of a ``PostgresPool`` and the loop its worker threads run.
///
/// Each worker thread creates and owns one connection, which never leaves that thread: callers send work to the
/// connection instead of taking the connection to their task. That keeps libpq's "one thread per PGconn" rule by
/// construction and keeps all blocking calls off the Swift cooperative pool.
final class PoolCore: Sendable {
    private struct State {
        var queue = PoolJobQueue()
        var nextID: UInt64 = 0
        var closed = false
        var liveWorkers: Int
        var shutdownWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private enum Next {
        case run(PoolJob), idle, exit
    }

    let url: String
    let applicationName: String
    let size: Int
    let logger: Logger
    private let state: Mutex<State>
    /// One signal per queued job (and one per worker at shutdown); idle workers block here, not spin.
    private let jobsAvailable = DispatchSemaphore(value: 0)

    init(url: String, applicationName: String, size: Int, logger: Logger) {
        self.url = url
        self.applicationName = applicationName
        self.size = size
        self.logger = logger
        self.state = Mutex(State(liveWorkers: size))
    }

    func makeID() -> UInt64 {
        state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
    }

    /// Queues `job`; false when the pool is shut down.
    func submit(_ job: PoolJob) -> Bool {
        let accepted = state.withLock { state in
            guard !state.closed else { return false }
            state.queue.append(job)
            return true
        }
        if accepted { jobsAvailable.signal() }
        return accepted
    }

    /// Fails a job that is still waiting; a running job finishes normally.
    func cancel(id: UInt64) {
        if let job = state.withLock({ $0.queue.remove(id: id) }) { job.fail(CancellationError()) }
    }

    /// Stops accepting work, fails everything still queued and wakes every worker so it can exit.
    func close() {
        let pending = state.withLock { state in
            state.closed = true
            return state.queue.removeAll()
        }
        for job in pending { job.fail(PostgresError(.closed, "the pool was shut down")) }
        for _ in 0..<size { jobsAvailable.signal() }
    }

    /// Returns once every worker thread has closed its connection and exited.
    func waitForWorkers() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state in
                if state.liveWorkers == 0 { return true }
                state.shutdownWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    /// The body of worker thread `index`.
    func work(index: Int) {
        var connection: PostgresConnection?
        loop: while true {
            jobsAvailable.wait()
            let next: Next = state.withLock { state in
                if let job = state.queue.popFirst() { return .run(job) }
                return state.closed ? .exit : .idle  // idle: the job this signal announced was cancelled
            }
            switch next {
            case .idle:
                continue
            case .exit:
                break loop
            case .run(let job):
                do {
                    let healthy = try checkout(&connection, worker: index)
                    job.run(healthy)
                    healthy.resetAfterUse()
                } catch {
                    job.fail(error)
                }
            }
        }
        connection?.close()
        let waiters = state.withLock { state in
            state.liveWorkers -= 1
            if state.liveWorkers > 0 { return [CheckedContinuation<Void, Never>]() }
            defer { state.shutdownWaiters.removeAll() }
            return state.shutdownWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// The worker's connection if it is still healthy, else a new one (the reconnect after a server restart).
    private func checkout(
        _ connection: inout PostgresConnection?, worker: Int
    ) throws(PostgresError) -> PostgresConnection {
        if let current = connection {
            if current.isHealthy { return current }
            logger.warning("replacing broken PostgreSQL connection", metadata: ["worker": "\(worker)"])
            current.close()
            connection = nil
        }
        let fresh = try PostgresConnection(url: url, applicationName: applicationName)
        connection = fresh
        return fresh
    }
}
