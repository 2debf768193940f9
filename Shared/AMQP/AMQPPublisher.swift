import Foundation
import Logging

/// Publishes with publisher confirms over one connection owned by one dedicated thread.
///
/// The thread (never the Swift concurrency pool) makes every rabbitmq-c call; `publish` hands it a batch
/// and awaits the confirms. Concurrent `publish` calls are written back to back and confirmed together.
/// After a connection loss the thread reconnects with capped exponential backoff, re-declares the
/// topology and republishes everything not yet confirmed (at-least-once: a message may arrive twice,
/// never silently not at all).
///
/// ```swift
/// let publisher = AMQPPublisher(configuration: configuration, topology: .service("pricing", consumes: []),
///                               logger: logger)
/// try await publisher.publish([OutgoingMessage(exchange: "market.events", routingKey: "brick.price.moved",
///                                              body: json, messageId: eventId)])
/// await publisher.shutdown()
/// ```
public final class AMQPPublisher: Sendable {
    private let configuration: AMQPConfiguration
    private let topology: Topology?
    private let logger: Logger
    private let engine = EngineThread<PublisherEngine.Command>(name: "amqp-publisher", shutdownCommand: .shutdown)

    public init(configuration: AMQPConfiguration, topology: Topology? = nil, logger: Logger) {
        self.configuration = configuration
        self.topology = topology
        self.logger = logger
    }

    /// Returns when every message is confirmed by the broker.
    ///
    /// Throws ``PublishFailure`` listing the indices (into `messages`) that were nacked, returned
    /// (mandatory and unroutable), or not confirmed before `timeout`; unlisted messages were confirmed.
    /// Cancelling the calling task fails the pending messages the same way.
    public func publish(_ messages: [OutgoingMessage], timeout: Duration = .seconds(30)) async throws {
        guard !messages.isEmpty else { return }
        let batch = PublishBatch(messages: messages)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await withCheckedThrowingContinuation { continuation in
                    batch.attach(continuation)
                    if !self.submit(batch) { batch.expire(reason: AMQPError.shutdown.description) }
                }
                return true
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                batch.expire(reason: Task.isCancelled ? "publish was cancelled" : "not confirmed within \(timeout)")
                return false
            }
            while let isOutcome = try await group.next() {
                if isOutcome {
                    group.cancelAll()
                    return
                }
            }
        }
    }

    /// Lets publishes in flight finish (or fail after a short grace), closes the connection and waits for
    /// the thread to end. Later `publish` calls fail with ``AMQPError/shutdown``. Idempotent.
    public func shutdown() async {
        await engine.shutdown()
    }

    /// Hands `batch` to the thread, starting it on first use; false once shut down.
    private func submit(_ batch: PublishBatch) -> Bool {
        let started = engine.startIfNeeded { [configuration, topology, mailbox = engine.mailbox, logger] in
            PublisherEngine(configuration: configuration, topology: topology, mailbox: mailbox, logger: logger).run()
        }
        return started && engine.mailbox.post(.publish(batch))
    }
}
