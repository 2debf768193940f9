import Foundation
import Testing
import TestSupport

/// Crashes and outages. They stop servers or kill processes, so `scripts/test.sh` runs this suite
/// alone, after the others ("Disruption" in the name selects it).
@Suite(.serialized) struct ConsumerDisruptionTests {
    @Test func aConsumerKilledMidBatchAndRestartedAppliesEveryEventExactlyOnce() async throws {
        let probe = try ProbeHarness()
        // Unslowed, the probe applies all 10,000 between two polls; 100 ms per batch of 200 keeps the
        // stream going for seconds and the kill inside an open transaction.
        try probe.start(overriding: ["APPLY_PAUSE_MS": "100"])
        try await probe.publish(probe.listings(10_000))
        #expect(try await probe.eventually(timeout: .seconds(60)) { try await probe.appliedCount() >= 1_500 })

        probe.kill()
        let atKill = try await probe.appliedCount()
        try probe.start()

        #expect(try await probe.eventually(timeout: .seconds(120)) { try await probe.appliedCount() >= 10_000 })
        #expect(atKill < 10_000, "the kill must land mid-stream for this test to prove anything")
        #expect(try await probe.appliedCount() == 10_000)
        #expect(try await probe.appliedTwice().isEmpty)
        let emitted = try await probe.distinctMessageIDs(in: probe.sinkQueue, expected: 10_000, timeout: .seconds(60))
        #expect(emitted.count == 10_000)
        await probe.tearDown()
    }

    @Test func aPostgresOutageOfTenSecondsIsWaitedOutAndNothingIsLost() async throws {
        let probe = try ProbeHarness()
        try probe.start(overriding: ["APPLY_PAUSE_MS": "100"])
        try await probe.publish(probe.listings(5_000))
        #expect(try await probe.eventually(timeout: .seconds(60)) { try await probe.appliedCount() >= 500 })

        let atOutage = try await probe.appliedCount()
        #expect(atOutage < 5_000, "the outage must come while events are still arriving")
        try await Infrastructure.stop(.postgres)
        try await Task.sleep(for: .seconds(10))
        try await Infrastructure.start(.postgres)

        #expect(try await probe.eventually(timeout: .seconds(120)) { try await probe.appliedCount() >= 5_000 })
        #expect(try await probe.appliedCount() == 5_000)
        #expect(try await probe.appliedTwice().isEmpty)
        await probe.tearDown()
    }
}
