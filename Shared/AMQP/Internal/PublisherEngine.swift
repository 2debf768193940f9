import CRabbitMQ
import Logging

/// The publisher's owning thread: publishes queued batches on channel 1 in confirm mode, settles them
/// from acks, nacks and returns, and republishes what was unconfirmed when a connection died.
final class PublisherEngine {
    enum Command: Sendable {
        case publish(PublishBatch)
        case shutdown
    }

    /// One message on its way: which batch and index it settles.
    struct Pending {
        let batch: PublishBatch
        let index: Int
        /// Set by a basic.return; the ack that follows then settles the message as failed.
        var returnReason: String?
    }

    static let channel: amqp_channel_t = 1
    /// How many publishes are encoded into one write, after which the thread reads the confirms that
    /// arrived meanwhile.
    static let publishesBetweenReads = 256
    /// How long shutdown waits for in-flight publishes to be confirmed.
    static let shutdownGrace: Duration = .seconds(5)

    private let topology: Topology?
    private let mailbox: Mailbox<Command>
    private let supervisor: ConnectionSupervisor
    private var unsent: [Pending] = []
    private var unsentHead = 0
    private var inFlight = ConfirmTracker<Pending>()
    private var frames = PublishFrames()
    private var stopping = false

    init(configuration: AMQPConfiguration, topology: Topology?, mailbox: Mailbox<Command>, logger: Logger) {
        self.topology = topology
        self.mailbox = mailbox
        supervisor = ConnectionSupervisor(
            configuration: configuration, role: "publisher", wakeup: mailbox.wakeup, logger: logger)
    }

    func run() {
        while !stopping {
            handle(mailbox.drain())
            if stopping { break }
            serviceOnce()
        }
        drainBeforeShutdown()
        mailbox.finish()
    }

    private var hasWork: Bool { unsentHead < unsent.count || !inFlight.isEmpty }

    private func handle(_ commands: [Command]) {
        for command in commands {
            switch command {
            case .publish(let batch):
                unsent.append(contentsOf: batch.messages.indices.map { Pending(batch: batch, index: $0) })
            case .shutdown:
                stopping = true
            }
        }
    }

    /// One round: connect if needed, publish what is queued, read confirms, or sleep when idle.
    private func serviceOnce() {
        guard let connection = supervisor.connection else {
            if let error = supervisor.connectIfDue(setUp: setUp) { noteProblem(error.description) }
            return
        }
        do throws(AMQPError) {
            supervisor.beginWork()
            let published = try publishUnsent(on: connection)
            let confirmed = try readEvents(on: connection, firstWait: 1)
            supervisor.endWork()
            if !published && !confirmed { supervisor.idle() }
        } catch {
            noteProblem(error.description)
            supervisor.drop(error)
            requeueInFlight()
        }
    }

    private func setUp(_ connection: Connection) throws(AMQPError) {
        try connection.openChannel(Self.channel)
        if let topology { try connection.declare(topology, channel: Self.channel) }
        try connection.selectConfirms(Self.channel)
    }

    private func publishUnsent(on connection: Connection) throws(AMQPError) -> Bool {
        guard unsentHead < unsent.count else { return false }
        defer { frames.removeAll() }
        let frameMax = connection.frameMax
        var written = 0
        while unsentHead < unsent.count {
            let pending = unsent[unsentHead]
            // The head advances only past handled messages: one whose write fails is requeued with the rest.
            if pending.batch.isFinished {
                unsentHead += 1
                continue
            }
            let message = pending.batch.messages[pending.index]
            do throws(AMQPError) {
                try message.validate()
                try frames.append(message, channel: Self.channel, frameMax: frameMax)
            } catch {
                pending.batch.settle(pending.index, .failed(error.description))
                unsentHead += 1
                continue
            }
            inFlight.append(pending)
            unsentHead += 1
            written += 1
            if written % Self.publishesBetweenReads == 0 {
                try connection.write(frames)
                frames.removeAll()
                _ = try readEvents(on: connection, firstWait: 0)
            }
        }
        try connection.write(frames)
        unsent.removeAll(keepingCapacity: true)
        unsentHead = 0
        return true
    }

    /// Reads every frame that is already available (waiting `firstWait` ms for the first one).
    private func readEvents(on connection: Connection, firstWait: Int) throws(AMQPError) -> Bool {
        var handled = 0
        while handled < 10_000, let event = try connection.readEvent(waiting: handled == 0 ? firstWait : 0) {
            handle(event)
            handled += 1
        }
        return handled > 0
    }

    private func handle(_ event: InboundEvent) {
        switch event {
        case .ack(_, let tag, let multiple):
            for pending in inFlight.settle(tag, multiple: multiple) {
                pending.batch.settle(pending.index, pending.returnReason.map { .failed($0) } ?? .confirmed)
            }
            supervisor.progressed()
        case .nack(_, let tag, let multiple):
            for pending in inFlight.settle(tag, multiple: multiple) {
                pending.batch.settle(pending.index, .failed("nacked by the broker"))
            }
        case .returned(_, let returned):
            markReturned(returned)
        case .blocked(let reason):
            supervisor.logger.warning("AMQP broker blocks publishing", metadata: ["reason": .string(reason)])
        case .unblocked:
            supervisor.logger.info("AMQP broker unblocked publishing")
        case .delivery, .consumerCancelled, .ignored:
            break
        }
    }

    /// A basic.return names no sequence number, but returns come in publish order and precede their ack,
    /// so the returned message is the earliest pending one with the same exchange, key and message id.
    private func markReturned(_ returned: ReturnedMessage) {
        let reason = "returned by the broker: \(returned.replyCode) \(returned.replyText)"
        let found = inFlight.updateFirst { pending in
            let message = pending.batch.messages[pending.index]
            guard pending.returnReason == nil, message.exchange == returned.exchange,
                message.routingKey == returned.routingKey, message.messageId == returned.messageId
            else { return false }
            pending.returnReason = reason
            return true
        }
        if !found {
            supervisor.logger.warning(
                "AMQP return matched no pending publish",
                metadata: ["exchange": .string(returned.exchange), "routing_key": .string(returned.routingKey)])
        }
    }

    /// The channel died with these publishes unconfirmed: they go out again first after the reconnect.
    private func requeueInFlight() {
        let again = inFlight.removeAll().map { Pending(batch: $0.batch, index: $0.index) }
        unsent = again + unsent[unsentHead...]
        unsentHead = 0
    }

    private func noteProblem(_ problem: String) {
        var seen = Set<ObjectIdentifier>()
        let pending = unsent[unsentHead...] + inFlight.pendingEntries
        for entry in pending where seen.insert(ObjectIdentifier(entry.batch)).inserted {
            entry.batch.noteProblem(problem)
        }
    }

    /// Publishes in flight get a short grace to be confirmed; whatever is left then fails.
    private func drainBeforeShutdown() {
        handle(mailbox.close())
        let deadline = ContinuousClock.now + Self.shutdownGrace
        while hasWork, supervisor.connection != nil, ContinuousClock.now < deadline {
            serviceOnce()
        }
        let leftovers = unsent[unsentHead...] + inFlight.removeAll()
        for pending in leftovers { pending.batch.expire(reason: "publisher shut down before the broker confirmed") }
        unsent.removeAll()
        unsentHead = 0
        supervisor.close()
    }
}
