import Foundation

/// One-off broker chores on a short-lived connection (tests, tooling): inspect and delete queues and
/// exchanges. Each call runs on its own thread, so no blocking C call reaches the Swift concurrency pool.
public enum AMQPAdministration {
    /// Deletes `queues` then `exchanges` (deleting what does not exist succeeds).
    public static func delete(queues: [String], exchanges: [String], configuration: AMQPConfiguration) async throws {
        try await onOwnThread(configuration) { connection throws(AMQPError) in
            try connection.delete(queues: queues, exchanges: exchanges, channel: 1)
        }
    }

    /// The number of ready (not delivered, not unacked) messages in `queue`.
    public static func messageCount(queue: String, configuration: AMQPConfiguration) async throws -> Int {
        try await status(queue: queue, configuration: configuration).messages
    }

    /// Waits until `queue` has a consumer, asking every 50 ms for up to `timeout`; true if it got one. A
    /// consumer starts only after its topology is declared, so a caller that publishes afterwards knows
    /// the queue is bound.
    public static func waitForConsumer(queue: String, configuration: AMQPConfiguration, timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        repeat {
            if let status = try? await status(queue: queue, configuration: configuration), status.consumers > 0 { return true }
            try await Task.sleep(for: .milliseconds(50))
        } while ContinuousClock.now < deadline
        return false
    }

    /// What the broker says of `queue` (a passive declare: it fails when the queue does not exist).
    public static func status(queue: String, configuration: AMQPConfiguration) async throws -> QueueStatus {
        try await onOwnThread(configuration) { connection throws(AMQPError) in
            try connection.status(queue: queue, channel: 1)
        }
    }

    private static func onOwnThread<T: Sendable>(
        _ configuration: AMQPConfiguration, _ work: @escaping @Sendable (Connection) throws(AMQPError) -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    with: Result { () throws(AMQPError) -> T in
                        let connection = try Connection.open(configuration, generation: 1)
                        defer { connection.teardown() }
                        try connection.openChannel(1)
                        return try work(connection)
                    })
            }
            thread.name = "amqp-administration"
            thread.start()
        }
    }
}
