import AMQP
import EventContracts
import Foundation
import Synchronization

/// Issue 5's latency figure: intents published at a steady rate through voting's AMQP intake, each
/// timed until pricing's `brick.state.updated` shows a state that applied its vote.
struct LatencyRun {
    let sent: Int
    let applied: Int
    let rejected: Int
    let milliseconds: [Double]

    func percentile(_ p: Double) -> Double {
        guard !milliseconds.isEmpty else { return .nan }
        let sorted = milliseconds.sorted()
        return sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
    }
}

/// What the observer has seen: when each intent was sent, each recorded vote's place in its brick's
/// sequence, and the latest sequence number each brick's published state has applied.
private struct Observations {
    var sentAt: [String: ContinuousClock.Instant] = [:]
    var pending: [String: [(seq: Int64, intent: String)]] = [:]
    var appliedSeq: [String: Int64] = [:]
    var latencies: [Double] = []
    var rejected = 0

    mutating func recorded(_ vote: VoteRecorded, at now: ContinuousClock.Instant) {
        pending[vote.brickId, default: []].append((vote.brickSeq, vote.intentId))
        settle(vote.brickId, at: now)
    }

    mutating func stateUpdated(_ state: BrickStateUpdated, at now: ContinuousClock.Instant) {
        appliedSeq[state.brickId] = max(appliedSeq[state.brickId] ?? 0, state.appliedBrickSeq)
        settle(state.brickId, at: now)
    }

    private mutating func settle(_ brick: String, at now: ContinuousClock.Instant) {
        let applied = appliedSeq[brick] ?? 0
        var waiting: [(seq: Int64, intent: String)] = []
        for vote in pending[brick] ?? [] {
            if vote.seq <= applied, let sent = sentAt.removeValue(forKey: vote.intent) {
                let elapsed = sent.duration(to: now)
                latencies.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
            } else if vote.seq > applied {
                waiting.append(vote)
            }
        }
        pending[brick] = waiting
    }
}

extension BenchEnvironment {
    /// Publishes `rate` intents per second for `seconds` seconds (in 20 ms slices) and waits until every
    /// recorded vote shows in a published pricing state, or `drainSeconds` pass.
    func latencyRun(_ workload: BenchWorkload, rate: Int, seconds: Int, drainSeconds: Double = 60) async throws -> LatencyRun {
        let observations = Mutex(Observations())
        let sink = QueueSpec.transient(
            name: "\(queue).latency", bindings: [VoteRecorded.eventType, VoteRejected.eventType, BrickStateUpdated.eventType].map {
                QueueSpec.Binding(exchange: exchange, routingKey: $0)
            })
        let consumer = AMQPConsumer(
            configuration: AMQPConfiguration(url: amqp, connectionName: "voting-bench-latency"), queue: sink.name, prefetch: 1_000,
            topology: Topology(exchanges: [ExchangeSpec(name: exchange, kind: .topic)], queues: [sink]), logger: logger)
        let observer = Task {
            for await delivery in consumer.deliveries {
                let now = ContinuousClock.now
                guard let envelope = try? EventEnvelope(decoding: Data(delivery.body)) else { continue }
                if let vote = try? envelope.decode(as: VoteRecorded.self) {
                    observations.withLock { $0.recorded(vote.data, at: now) }
                } else if let state = try? envelope.decode(as: BrickStateUpdated.self) {
                    observations.withLock { $0.stateUpdated(state.data, at: now) }
                } else if envelope.type == VoteRejected.eventType {
                    observations.withLock { $0.rejected += 1 }
                }
                try? await consumer.ack(delivery.tag, multiple: true)
            }
        }
        let admin = AMQPConfiguration(url: amqp, connectionName: "voting-bench-latency-check")
        guard try await AMQPAdministration.waitForConsumer(queue: sink.name, configuration: admin, timeout: .seconds(30)) else {
            throw BenchFailure("the latency sink \(sink.name) never started consuming")
        }

        let intents = workload.latencyIntents(count: rate * seconds)
        let perSlice = max(1, rate / 50)
        let start = ContinuousClock.now
        for (slice, first) in stride(from: 0, to: intents.count, by: perSlice).enumerated() {
            try await Task.sleep(until: start.advanced(by: .milliseconds(20 * slice)), clock: .continuous)
            let chunk = Array(intents[first..<min(first + perSlice, intents.count)])
            let now = ContinuousClock.now
            observations.withLock { for intent in chunk { $0.sentAt[intent.data.intentId] = now } }
            try await publish(chunk)
        }
        let settled = try await poll(timeout: drainSeconds) {
            observations.withLock { $0.latencies.count + $0.rejected >= intents.count }
        }
        await consumer.shutdown()
        await observer.value
        let seen = observations.withLock { $0 }
        if !settled { print("latency run: \(intents.count - seen.latencies.count - seen.rejected) intents unresolved after the drain") }
        return LatencyRun(sent: intents.count, applied: seen.latencies.count, rejected: seen.rejected, milliseconds: seen.latencies)
    }
}
