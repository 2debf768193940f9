import Foundation
import Logging

/// Consumes one queue over one connection owned by one dedicated thread.
///
/// The thread declares `topology`, sets per-consumer prefetch (basic.qos global=false) and consumes with
/// manual acks. Between commands it keeps calling into rabbitmq-c with short timeouts, so heartbeats stay
/// alive however long the application works on a batch. After a connection loss it reconnects with
/// capped exponential backoff, re-declares and re-consumes; tags of the dead connection are refused
/// (their messages are redelivered), which ``DeliveryTag/generation`` makes detectable.
///
/// ```swift
/// let consumer = AMQPConsumer(configuration: configuration, queue: "pricing", prefetch: 500,
///                             topology: .service("pricing", consumes: ["vote.recorded"]), logger: logger)
/// for await delivery in consumer.deliveries {
///     // handle, commit, then:
///     try await consumer.ack(delivery.tag, multiple: true)
/// }
/// ```
public final class AMQPConsumer: Sendable {
    private let configuration: AMQPConfiguration
    private let queue: String
    private let prefetch: UInt16
    private let topology: Topology
    private let logger: Logger
    private let engine = EngineThread<ConsumerEngine.Command>(name: "amqp-consumer", shutdownCommand: .shutdown)
    private let stream: AsyncStream<[Delivery]>
    private let streamContinuation: AsyncStream<[Delivery]>.Continuation

    /// `prefetch` is clamped to 1...65535 (AMQP's range; 0 would mean unlimited).
    public init(configuration: AMQPConfiguration, queue: String, prefetch: Int, topology: Topology, logger: Logger) {
        self.configuration = configuration
        self.queue = queue
        self.prefetch = UInt16(min(max(prefetch, 1), Int(UInt16.max)))
        self.topology = topology
        self.logger = logger
        (stream, streamContinuation) = AsyncStream.makeStream(of: [Delivery].self)
    }

    deinit {
        streamContinuation.finish()
    }

    /// Deliveries in arrival order (iterate it, or ``deliveryGroups``, from one task). Starts the thread on
    /// first use; finishes after ``shutdown()``.
    public var deliveries: Deliveries {
        Deliveries(groups: deliveryGroups)
    }

    /// The same deliveries in the groups that arrived together (never empty), for a consumer that takes
    /// many at a time: one suspension per group instead of one per message.
    public var deliveryGroups: AsyncStream<[Delivery]> {
        startIfNeeded()
        return stream
    }

    /// Acks `tag` (with `multiple`, every outstanding delivery up to and including it). Returns once the ack
    /// is written to the socket. Throws ``AMQPError/staleDeliveryTag`` for a tag of an older connection
    /// (that message is redelivered); acking a tag that was already acked does nothing.
    public func ack(_ tag: DeliveryTag, multiple: Bool) async throws {
        try await send { .ack(tag, multiple: multiple, $0) }
    }

    /// Publishes a copy of `delivery` to the queue's dead-letter exchange (routing key = the queue's
    /// dead-letter key, mandatory, persistent, with the original headers plus `x-dead-letter-reason`,
    /// `x-original-routing-key`, `x-original-exchange` and `x-original-redelivered`), waits for the broker's
    /// confirm, then acks the original (single). Unlike basic.reject this carries the reason to the DLQ.
    ///
    /// Dead-lettering is at least once: a crash between the confirm and the ack redelivers the original and
    /// it is copied again, that second copy marked `x-original-redelivered: true`.
    ///
    /// Throws ``AMQPError/noDeadLetterExchange(queue:)`` when the topology gives the queue none, and
    /// ``AMQPError/deadLetterRejected(_:)`` when the broker refuses the copy (the original stays unacked).
    public func deadLetter(_ delivery: Delivery, reason: String) async throws {
        try await send { .deadLetter(delivery, reason: reason, $0) }
    }

    /// Stops consuming (basic.cancel), answers queued acks, closes the connection and waits for the thread
    /// to end; ``deliveries`` then finishes. Unacked deliveries go back to the queue. Idempotent.
    public func shutdown() async {
        await engine.shutdown(ifNeverStarted: { streamContinuation.finish() })
    }

    private func send(_ command: (CheckedContinuation<Void, any Error>) -> ConsumerEngine.Command) async throws {
        try await withCheckedThrowingContinuation { continuation in
            guard startIfNeeded(), engine.mailbox.post(command(continuation)) else {
                return continuation.resume(throwing: AMQPError.shutdown)
            }
        }
    }

    /// Starts the owning thread once; false after shutdown.
    @discardableResult
    private func startIfNeeded() -> Bool {
        engine.startIfNeeded {
            [configuration, queue, prefetch, topology, streamContinuation, mailbox = engine.mailbox, logger] in
            ConsumerEngine(
                configuration: configuration, queue: queue, prefetch: prefetch, topology: topology,
                deliveries: streamContinuation, mailbox: mailbox, logger: logger
            ).run()
        }
    }
}
