import Testing
import TestSupport

@testable import AMQP

/// Restarts the shared broker, so `scripts/test.sh` runs it in the serial "Disruption" pass.
@Suite(.serialized) struct BrokerDisruptionTests {
    /// Publishes and consumes continuously while the test restarts the broker. Every message whose
    /// publish returned must be consumed afterwards, and both sides must reconnect by themselves.
    @Test(.timeLimit(.minutes(3)))
    func nothingConfirmedIsLostAcrossABrokerRestart() async throws {
        try await BrokerFixture.with("restart") { fixture in
            let publisher = fixture.publisher()
            let consumer = fixture.consumer(prefetch: 200)
            let confirmed = Shared(Set<String>())
            let restarted = Shared(false)
            let confirmedAfterRestart = Shared(0)
            let stopPublishing = Shared(false)
            let publishingDone = Shared(false)
            let consumerDone = Shared(false)

            try await withThrowingTaskGroup(of: Consumed?.self) { group in
                group.addTask {
                    var batch = 0
                    while !stopPublishing.value {
                        let ids = (0..<20).map { "r-\(batch)-\($0)" }
                        var failed = Set<Int>()
                        do {
                            try await publisher.publish(ids.map { fixture.message($0) }, timeout: .seconds(45))
                        } catch let failure as PublishFailure {
                            failed = Set(failure.failures.map(\.index))
                        }
                        let ok = ids.indices.filter { !failed.contains($0) }.map { ids[$0] }
                        confirmed.withLock { $0.formUnion(ok) }
                        if restarted.value { confirmedAfterRestart.withLock { $0 += ok.count } }
                        batch += 1
                        try await Task.sleep(for: .milliseconds(20))
                    }
                    publishingDone.withLock { $0 = true }
                    // The consumer re-checks on each delivery; ticks make sure it gets one after the last batch.
                    var tick = 0
                    while !consumerDone.value {
                        try await publisher.publish([fixture.message("tick-\(tick)")])
                        tick += 1
                        try await Task.sleep(for: .milliseconds(200))
                    }
                    return nil
                }
                group.addTask {
                    let seen = try await consume(consumer, timeout: .seconds(150), ackEvery: 50, tolerateStaleAcks: true) {
                        publishingDone.value && confirmed.value.isSubset(of: $0.countsById.keys)
                    }
                    consumerDone.withLock { $0 = true }
                    return seen
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(2))
                    try await Infrastructure.stop(.broker)
                    try await Infrastructure.start(.broker)
                    restarted.withLock { $0 = true }
                    while confirmedAfterRestart.value < 200 { try await Task.sleep(for: .milliseconds(100)) }
                    stopPublishing.withLock { $0 = true }
                    return nil
                }
                var seen: Consumed?
                for try await result in group where result != nil { seen = result }
                let consumed = try #require(seen)
                let published = confirmed.value
                let missing = published.subtracting(consumed.countsById.keys)
                #expect(published.count > 200)
                #expect(missing.isEmpty, "\(missing.count) confirmed messages were never consumed")
                // The consumer went on with a newer connection without being told to.
                #expect(consumed.generations.count >= 2)
            }
            await consumer.shutdown()
            await publisher.shutdown()
        }
    }
}
