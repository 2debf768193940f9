import AMQP
import EventContracts
import Foundation
import Logging
import Metrics
import Postgres
import ServiceLifecycle
import Synchronization

/// The one consumer loop every service runs: a batch of deliveries, one transaction, then one ack.
///
/// For each batch: decode and validate every message (a bad one is dead-lettered with its reason and
/// the rest go on); in ONE transaction record the ids in the inbox (duplicates are skipped), let the
/// handler apply the new events, and write what it emits to the outbox; commit; then ack the batch
/// with `multiple`. A batch the handler fails on is bisected until the failing event is found, retried
/// `handlerAttempts` times, and dead-lettered: the queue never sticks. A lost database connection is
/// waited out (nothing is acked meanwhile), never treated as a bad message.
public final class BatchConsumer<Handler: EventHandler>: Service, Sendable {
    public struct Configuration: Sendable {
        public var schema: SchemaName
        public var batchSize: Int
        public var linger: Duration
        public var handlerAttempts: Int
        public var maxMessageBytes: Int

        public init(
            schema: SchemaName, batchSize: Int = 500, linger: Duration = .milliseconds(5), handlerAttempts: Int = 3,
            maxMessageBytes: Int = 262_144
        ) {
            self.schema = schema
            self.batchSize = batchSize
            self.linger = linger
            self.handlerAttempts = handlerAttempts
            self.maxMessageBytes = maxMessageBytes
        }
    }

    private let configuration: Configuration
    private let applier: BatchApplier<Handler>
    private let pool: PostgresPool
    private let consumer: AMQPConsumer
    private let logger: Logger
    private let buffer = DeliveryBuffer<Received>()
    private let metrics = ConsumerMetrics()

    public init(
        configuration: Configuration, handler: Handler, pool: PostgresPool, consumer: AMQPConsumer, logger: Logger
    ) {
        self.configuration = configuration
        applier = BatchApplier(schema: configuration.schema, handler: handler, logger: logger)
        self.pool = pool
        self.consumer = consumer
        self.logger = logger
    }

    public func run() async throws {
        await withDiscardingTaskGroup { group in
            // Decoding here, as messages arrive, overlaps it with the transaction of the batch before.
            group.addTask {
                for await arrivals in self.consumer.deliveryGroups {
                    self.buffer.append(arrivals.map { Received(delivery: $0, event: self.decode($0)) })
                }
            }
            await withGracefulShutdownHandler {
                while true {
                    let deliveries = await buffer.nextBatch(max: configuration.batchSize, linger: configuration.linger)
                    if deliveries.isEmpty { break }
                    await process(deliveries)
                }
            } onGracefulShutdown: {
                self.buffer.close()
            }
            // The batch in hand is finished and acked; now stop the deliveries and the pump.
            await consumer.shutdown()
        }
    }

    // MARK: One batch

    private struct Parsed: Sendable {
        let delivery: Delivery
        let event: IncomingEvent
    }

    /// A delivery and what decoding it gave.
    struct Received: Sendable {
        let delivery: Delivery
        let event: Result<IncomingEvent, UnreadableMessage>
    }

    func process(_ received: [Received]) async {
        let started = ContinuousClock.now
        var parsed: [Parsed] = []
        var rejected: [(Delivery, String)] = []
        var seen = Set<String>()
        for item in received {
            switch item.event {
            case .success(let event):
                // The same event twice in one batch: the second is a duplicate; ack it with the batch.
                if seen.insert(event.envelope.id).inserted { parsed.append(Parsed(delivery: item.delivery, event: event)) }
            case .failure(let failure): rejected.append((item.delivery, failure.reason))
            }
        }
        let deliveries = received.map(\.delivery)
        rejected += await applyIsolatingFailures(parsed)
        let deadLettered = await deadLetter(rejected)
        await acknowledge(deliveries, deadLettered: deadLettered, allDeadLettersStored: deadLettered.count == rejected.count)
        metrics.batchDuration.record(duration: started.duration(to: .now))
    }

    private func decode(_ delivery: Delivery) -> Result<IncomingEvent, UnreadableMessage> {
        // A structured-mode CloudEvent says so in its content type; anything else is another format
        // (CloudEvents AMQP binding §3.1), even when its body happens to look like one.
        if let contentType = delivery.contentType, !CloudEventContentType.isStructured(contentType) {
            return .failure(UnreadableMessage(reason: "content type \"\(contentType.prefix(64))\" is not application/cloudevents+json"))
        }
        do {
            return .success(try IncomingEvent(decoding: delivery.body, for: Handler.self, sizeLimit: configuration.maxMessageBytes))
        } catch {
            return .failure(UnreadableMessage(reason: "\(error)"))
        }
    }

    // MARK: Applying, with bisection

    /// Applies the events, splitting failing groups until each failing event is alone; returns the
    /// events to dead-letter with their reasons.
    private func applyIsolatingFailures(_ events: [Parsed]) async -> [(Delivery, String)] {
        guard !events.isEmpty else { return [] }
        var attempt = 0
        var backoff = Backoff()
        while true {
            attempt += 1
            do {
                try await commit(events)
                return []
            } catch let rejection as EventRejected {
                guard let index = events.firstIndex(where: { $0.event.envelope.id == rejection.eventID }) else {
                    // A rejection naming no event of this batch is a handler bug: treat it as a failure.
                    return events.count > 1 ? await bisect(events) : [(events[0].delivery, rejection.reason)]
                }
                var rest = events
                let culprit = rest.remove(at: index)
                return [(culprit.delivery, rejection.reason)] + (await applyIsolatingFailures(rest))
            } catch let error as PostgresError where error.isConnectionLoss {
                // Not the events' fault: wait for the database, then try the same batch again.
                if Task.isCancelled { return [] }
                logger.warning("database unavailable; batch waits", metadata: ["error": "\(error)"])
                attempt -= 1
                try? await Task.sleep(for: backoff.next())
            } catch {
                if events.count > 1 { return await bisect(events) }
                if attempt >= configuration.handlerAttempts {
                    return [(events[0].delivery, "handler failed \(attempt) times: \(error)")]
                }
                logger.notice("event failed; retrying", metadata: ["error": "\(error)", "event_id": "\(events[0].event.envelope.id)"])
            }
        }
    }

    private func bisect(_ events: [Parsed]) async -> [(Delivery, String)] {
        let middle = events.count / 2
        return await applyIsolatingFailures(Array(events[..<middle])) + applyIsolatingFailures(Array(events[middle...]))
    }

    private func commit(_ events: [Parsed]) async throws {
        let result = try await applier.commit(events.map(\.event), using: pool)
        metrics.applied.increment(by: result.applied)
        metrics.duplicates.increment(by: result.duplicates)
    }

    // MARK: Settling with the broker

    /// Dead-letters each with its reason; returns the tags that made it to the dead-letter queue.
    private func deadLetter(_ rejected: [(Delivery, String)]) async -> Set<DeliveryTag> {
        var stored = Set<DeliveryTag>()
        for (delivery, reason) in rejected {
            do {
                try await consumer.deadLetter(delivery, reason: reason)
                stored.insert(delivery.tag)
                metrics.deadLettered.increment()
                logger.warning(
                    "message dead-lettered",
                    metadata: ["reason": "\(reason)", "message_id": "\(delivery.messageId ?? "-")"])
            } catch {
                logger.warning("dead-lettering failed; the message will come back", metadata: ["error": "\(error)"])
            }
        }
        return stored
    }

    private func acknowledge(_ deliveries: [Delivery], deadLettered: Set<DeliveryTag>, allDeadLettersStored: Bool) async {
        let toAck = deliveries.filter { !deadLettered.contains($0.tag) }
        do {
            if allDeadLettersStored {
                // One frame for the batch; the dead-lettered ones were acked individually already.
                if let last = toAck.last { try await consumer.ack(last.tag, multiple: true) }
            } else {
                // A multiple ack would also ack a message that failed to reach the dead-letter queue.
                for delivery in toAck { try await consumer.ack(delivery.tag, multiple: false) }
            }
        } catch {
            // The connection died after commit: the broker redelivers and the inbox skips them.
            logger.info("ack not delivered; batch will be redelivered and deduplicated", metadata: ["error": "\(error)"])
        }
    }
}

/// Why a message could not become an event: the dead-letter reason.
struct UnreadableMessage: Error, Sendable {
    let reason: String
}

struct ConsumerMetrics: Sendable {
    let applied = Counter(label: "servicekit_events_applied_total")
    let duplicates = Counter(label: "servicekit_events_duplicate_total")
    let deadLettered = Counter(label: "servicekit_events_dead_lettered_total")
    let batchDuration = Metrics.Timer(label: "servicekit_batch_duration_seconds")
}
