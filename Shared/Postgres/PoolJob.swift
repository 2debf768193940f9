/// A caller waiting in ``PostgresPool``: exactly one of `run` or `fail` is called, once.
struct PoolJob: Sendable {
    let id: UInt64
    /// Runs the caller's body on a worker thread with that worker's healthy connection.
    let run: @Sendable (PostgresConnection) -> Void
    /// Ends the wait without a connection (connect failed, cancelled, pool shut down).
    let fail: @Sendable (any Error) -> Void
}

/// First-in first-out waiters, so callers get connections in the order they asked.
struct PoolJobQueue {
    private var items: [PoolJob] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }

    mutating func append(_ job: PoolJob) { items.append(job) }

    mutating func popFirst() -> PoolJob? {
        guard head < items.count else { return nil }
        let job = items[head]
        head += 1
        // Reclaim the consumed prefix once it dominates, keeping pops O(1) amortized.
        if head >= 64, head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        return job
    }

    /// Removes a job that has not started (a cancelled waiter).
    mutating func remove(id: UInt64) -> PoolJob? {
        guard let index = items[head...].firstIndex(where: { $0.id == id }) else { return nil }
        return items.remove(at: index)
    }

    mutating func removeAll() -> [PoolJob] {
        let pending = Array(items[head...])
        items.removeAll()
        head = 0
        return pending
    }
}
