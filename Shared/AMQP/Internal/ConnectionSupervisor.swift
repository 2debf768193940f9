import Logging

/// The connection lifecycle both owning threads share: connect with capped exponential backoff, set the
/// connection up (channels, topology), arm the watchdog around socket work, and tear down with a logged
/// reason. Thread-confined, like the `Connection` it holds.
final class ConnectionSupervisor {
    let configuration: AMQPConfiguration
    let watchdog: SocketWatchdog
    private let wakeup: WakeupPipe
    private(set) var logger: Logger
    private(set) var connection: Connection?
    private var generation: UInt64 = 0
    private var backoff: Backoff
    private var nextAttempt = ContinuousClock.now
    private var connectedAt = ContinuousClock.now
    private var failuresSinceConnect = 0

    init(configuration: AMQPConfiguration, role: String, wakeup: WakeupPipe, logger: Logger) {
        self.configuration = configuration
        self.wakeup = wakeup
        var logger = logger
        logger[metadataKey: "amqp.connection"] = .string(configuration.connectionName)
        logger[metadataKey: "amqp.role"] = .string(role)
        self.logger = logger
        backoff = Backoff(configuration.reconnectBackoff)
        watchdog = SocketWatchdog(logger: logger)
        watchdog.start(name: "amqp-watchdog-\(role)")
    }

    /// Opens a connection if the backoff allows, running `setUp` on it; otherwise sleeps until woken or due.
    /// Returns the setup error when the attempt failed, so the caller can report it to waiting requests.
    func connectIfDue(setUp: (Connection) throws(AMQPError) -> Void) -> AMQPError? {
        let now = ContinuousClock.now
        guard now >= nextAttempt else {
            let wait = min(nextAttempt - now, .milliseconds(100))
            wakeup.wait(socket: nil, milliseconds: Int32(max(1, (wait / .milliseconds(1)).rounded(.up))))
            return nil
        }
        generation += 1
        do throws(AMQPError) {
            let connection = try Connection.open(configuration, generation: generation)
            do throws(AMQPError) {
                try setUp(connection)
            } catch {
                connection.teardown()
                throw error
            }
            self.connection = connection
            connectedAt = ContinuousClock.now
            logger[metadataKey: "amqp.generation"] = .stringConvertible(generation)
            logger.info(
                "AMQP connected",
                metadata: [
                    "amqp.url": .string(configuration.url.description),
                    "amqp.failed_attempts": .stringConvertible(failuresSinceConnect),
                ])
            failuresSinceConnect = 0
            return nil
        } catch {
            failuresSinceConnect += 1
            let delay = backoff.nextDelay()
            nextAttempt = ContinuousClock.now + delay
            logger.warning(
                "AMQP connect failed, retrying",
                metadata: [
                    "amqp.url": .string(configuration.url.description), "error": .string(error.description),
                    "amqp.retry_in": .string("\(delay)"),
                ])
            return error
        }
    }

    /// The connection made progress (a confirm or delivery arrived), so the next failure retries quickly.
    func progressed() { backoff.reset() }

    /// Arms the watchdog for one round of socket work.
    func beginWork() {
        guard let connection else { return }
        watchdog.arm(descriptor: connection.socketDescriptor, for: configuration.ioTimeout)
    }

    func endWork() { watchdog.disarm() }

    /// Sleeps until a command arrives, the socket has data, or 100 ms pass (then heartbeats get serviced).
    func idle() {
        guard let connection else { return }
        if connection.hasBufferedInput { return }
        wakeup.wait(socket: connection.socketDescriptor, milliseconds: 100)
    }

    /// Tears the connection down after `error` and schedules the reconnect.
    func drop(_ error: AMQPError) {
        watchdog.disarm()
        guard let connection else { return }
        self.connection = nil
        connection.teardown()
        defer { logger[metadataKey: "amqp.generation"] = nil }
        if ContinuousClock.now - connectedAt > .seconds(configuration.reconnectBackoff.upperBound * 2) {
            backoff.reset()
        }
        let delay = backoff.nextDelay()
        nextAttempt = ContinuousClock.now + delay
        logger.warning(
            "AMQP connection lost, reconnecting",
            metadata: ["error": .string(error.description), "amqp.retry_in": .string("\(delay)")])
    }

    /// Closes politely and stops the watchdog; the supervisor is done afterwards.
    func close() {
        watchdog.disarm()
        if let connection {
            self.connection = nil
            connection.teardown()
            logger.info("AMQP connection closed")
        }
        watchdog.stop()
    }
}
