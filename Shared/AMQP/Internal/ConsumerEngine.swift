import CRabbitMQ
import Logging

/// The consumer's owning thread: consumes the queue on channel 1 with manual acks, writes acks, publishes
/// dead-letter copies on channel 2 in confirm mode, and reconnects (re-declare, re-consume) after a loss.
final class ConsumerEngine {
    enum Command: Sendable {
        case ack(DeliveryTag, multiple: Bool, CheckedContinuation<Void, any Error>)
        case deadLetter(Delivery, reason: String, CheckedContinuation<Void, any Error>)
        case shutdown
    }

    static let consumeChannel: amqp_channel_t = 1
    static let deadLetterChannel: amqp_channel_t = 2
    static let shutdownGrace: Duration = .seconds(5)

    let queue: String
    let topology: Topology
    private let prefetch: UInt16
    private let deliveries: AsyncStream<[Delivery]>.Continuation
    private let mailbox: Mailbox<Command>
    let supervisor: ConnectionSupervisor
    var outstanding = OutstandingTags()
    var deadLetters = ConfirmTracker<DeadLetterPending>()
    private var consumerTag = ""
    private var stopping = false

    init(
        configuration: AMQPConfiguration, queue: String, prefetch: UInt16, topology: Topology,
        deliveries: AsyncStream<[Delivery]>.Continuation, mailbox: Mailbox<Command>, logger: Logger
    ) {
        self.queue = queue
        self.prefetch = prefetch
        self.topology = topology
        self.deliveries = deliveries
        self.mailbox = mailbox
        var logger = logger
        logger[metadataKey: "amqp.queue"] = .string(queue)
        supervisor = ConnectionSupervisor(
            configuration: configuration, role: "consumer", wakeup: mailbox.wakeup, logger: logger)
    }

    func run() {
        while !stopping {
            handle(mailbox.drain())
            if stopping { break }
            serviceOnce()
        }
        stopConsuming()
        deliveries.finish()
        mailbox.finish()
    }

    private func handle(_ commands: [Command]) {
        for command in commands {
            switch command {
            case .ack(let tag, let multiple, let continuation):
                continuation.resume(with: performAck(tag, multiple: multiple))
            case .deadLetter(let delivery, let reason, let continuation):
                startDeadLetter(delivery, reason: reason, continuation: continuation)
            case .shutdown:
                stopping = true
            }
        }
    }

    /// The live connection if `tag` came from it; a tag from an older generation cannot be acked any more.
    func connection(for tag: DeliveryTag) -> Result<Connection, AMQPError> {
        guard let connection = supervisor.connection, connection.generation == tag.generation else {
            return .failure(.staleDeliveryTag)
        }
        return .success(connection)
    }

    private func performAck(_ tag: DeliveryTag, multiple: Bool) -> Result<Void, any Error> {
        switch connection(for: tag) {
        case .failure(let error):
            return .failure(error)
        case .success(let connection):
            guard let wireTag = outstanding.remove(tag.value, multiple: multiple) else { return .success(()) }
            return guarded { () throws(AMQPError) in
                try connection.ack(wireTag, multiple: multiple, channel: Self.consumeChannel)
            }
        }
    }

    /// Runs socket work under the watchdog; a failure drops the connection and is returned.
    func guarded(_ work: () throws(AMQPError) -> Void) -> Result<Void, any Error> {
        supervisor.beginWork()
        defer { supervisor.endWork() }
        do throws(AMQPError) {
            try work()
            return .success(())
        } catch {
            drop(error)
            return .failure(error)
        }
    }

    private func serviceOnce() {
        guard let connection = supervisor.connection else {
            _ = supervisor.connectIfDue(setUp: setUp)
            return
        }
        var handled = 0
        // Everything one read brought goes to the application as one element: a stream element per
        // message cost the consuming task a resumption per message.
        var arrived: [Delivery] = []
        _ = guarded { () throws(AMQPError) in
            while handled < 1_000, let event = try connection.consumeEvent(waiting: handled == 0 ? 1 : 0) {
                try handle(event, arrived: &arrived)
                handled += 1
            }
        }
        if !arrived.isEmpty { deliveries.yield(arrived) }
        if handled == 0 { supervisor.idle() }
    }

    private func setUp(_ connection: Connection) throws(AMQPError) {
        try connection.openChannel(Self.consumeChannel)
        try connection.declare(topology, channel: Self.consumeChannel)
        consumerTag = try connection.startConsuming(queue: queue, prefetch: prefetch, channel: Self.consumeChannel)
        try connection.openChannel(Self.deadLetterChannel)
        try connection.selectConfirms(Self.deadLetterChannel)
    }

    private func handle(_ event: InboundEvent, arrived: inout [Delivery]) throws(AMQPError) {
        switch event {
        case .delivery(_, let message):
            guard !stopping, let connection = supervisor.connection else { return }
            outstanding.insert(message.deliveryTag)
            arrived.append(message.delivery(generation: connection.generation))
            supervisor.progressed()
        case .ack(_, let tag, let multiple):
            try settleDeadLetters(tag, multiple: multiple, nacked: false)
        case .nack(_, let tag, let multiple):
            try settleDeadLetters(tag, multiple: multiple, nacked: true)
        case .returned(_, let returned):
            markDeadLetterReturned(returned)
        case .consumerCancelled:
            throw .consumerCancelled(queue: queue)
        case .blocked(let reason):
            supervisor.logger.warning("AMQP broker blocks publishing", metadata: ["reason": .string(reason)])
        case .unblocked:
            supervisor.logger.info("AMQP broker unblocked publishing")
        case .ignored:
            break
        }
    }

    /// The connection is gone: its delivery tags die with it (the broker redelivers those messages), and
    /// dead-letter publishes awaiting confirms fail (their originals were not acked, so they come back too).
    private func drop(_ error: AMQPError) {
        supervisor.drop(error)
        outstanding.removeAll()
        failDeadLetters(error)
    }

    /// Cancels the consumer, answers the last commands, waits briefly for dead-letter confirms, closes.
    private func stopConsuming() {
        if let connection = supervisor.connection {
            _ = guarded { () throws(AMQPError) in
                try connection.cancelConsumer(consumerTag, channel: Self.consumeChannel)
            }
        }
        handle(mailbox.close())
        let deadline = ContinuousClock.now + Self.shutdownGrace
        while !deadLetters.isEmpty, supervisor.connection != nil, ContinuousClock.now < deadline {
            serviceOnce()
        }
        failDeadLetters(.shutdown)
        supervisor.close()
    }
}
