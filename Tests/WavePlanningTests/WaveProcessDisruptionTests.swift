import EventContracts
import Foundation
import TestSupport
import Testing
@testable import wave_planning

/// The real executable end to end: wave.requested → purchase.batch.requested → (the test as
/// purchase-execution) purchase.batch.executed full, partial and rejected → reallocation →
/// wave.completed, with a SIGKILL and restart in the middle and duplicate deliveries.
@Suite(.serialized) struct WaveProcessDisruptionTests {
    @Test(.timeLimit(.minutes(3))) func waveSurvivesAKillInTheMiddleAndDuplicatesApplyOnce() async throws {
        let harness = try WaveProcess()
        do {
            try harness.start()
            try await harness.publish((0..<40).map { Catalog.company("c\($0)") })
            // Shares below maxSpend, so money a rejection frees has somewhere to go.
            try await harness.publish((0..<40).map {
                Catalog.product("p\($0)", company: "c\($0)", priceCents: [100, 250, 500, 1_000][$0 % 4])
            })
            #expect(try await eventually(timeout: .seconds(60)) { try await harness.count("candidate_index") == 40 })

            let request = WaveRequested(waveId: "e2e-wave", budgetCents: 50_000, requestedBy: "scheduler")
            try await harness.publish([request])
            #expect(try await eventually(timeout: .seconds(30)) { try await harness.count("wave") == 1 })
            let orders = try await harness.count("wave_order")
            let batches = try await Self.batches(of: 1, harness)
            #expect(batches.count >= 3)

            // Crash in the middle of the wave, then start again.
            harness.kill()
            try harness.start()

            let results = Results.mixed(batches)
            var spent = results.reduce(0) { $0 + $1.spentCents }
            // The first result twice (a partner retry) and the wave request again: both apply once.
            try await harness.publish(results + [results[0]])
            try await harness.publish([request])
            var pass = 1
            while pass < 4 {
                let current = pass
                #expect(try await eventually(timeout: .seconds(30)) {
                    try await harness.count("wave", "status = 'done' OR current_pass >= \(current)") == 1
                })
                if try await harness.count("wave", "status = 'done'") == 1 { break }
                pass += 1
                let answers = try await Self.batches(of: pass, harness).map { Results.executed($0, .full) }
                spent += answers.reduce(0) { $0 + $1.spentCents }
                try await harness.publish(answers)
            }
            let completed = try await harness.read { envelopes in envelopes.contains { $0.type == WaveCompleted.eventType } }
            let summary = try #require(try completed.first { $0.type == WaveCompleted.eventType }?.decode(as: WaveCompleted.self).data)
            #expect(summary.spentCents == spent)
            #expect(summary.spentCents + summary.retainedCents == 50_000)
            #expect(summary.passes >= 2)
            // Never re-planned: one plan, pass 1's orders as they were before the crash.
            #expect(try await harness.count("wave_plan") == 1)
            #expect(try await harness.count("wave_order", "pass = 0") == orders)
            #expect(try await harness.count("wave", "status = 'done'") == 1)
            // Bandwidth accounting: the restarted process exposes the phases it ran as Prometheus counters.
            let metrics = try await harness.metrics()
            #expect(metrics.contains(#"wave_planning_db_round_trips_total{phase="completion"}"#))
            #expect(metrics.contains("wave_planning_db_rows_written_total"))
        } catch {
            Issue.record(error)
        }
        await harness.tearDown()
    }

    /// Every `purchase.batch.requested` of event pass `pass`, read from the sink.
    static func batches(of pass: Int, _ harness: WaveProcess) async throws -> [PurchaseBatchRequested] {
        let expected = Int(try await harness.count("wave_batch", "pass = \(pass - 1)"))
        let envelopes = try await harness.read { envelopes in
            envelopes.count { (try? $0.decode(as: PurchaseBatchRequested.self).data.pass) == Int64(pass) } >= expected
        }
        let batches = envelopes.compactMap { try? $0.decode(as: PurchaseBatchRequested.self).data }.filter { $0.pass == Int64(pass) }
        var seen: Set<String> = []
        return batches.filter { seen.insert($0.batchId).inserted }
    }
}
