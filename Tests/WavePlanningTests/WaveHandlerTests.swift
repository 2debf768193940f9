import EventContracts
import Foundation
import Postgres
import ServiceKit
import TestSupport
import Testing
@testable import wave_planning

/// A wave through the real handler in real transactions: wave.requested → plan persisted with its
/// batches in the outbox → execution results (full, partial, rejected) → reallocation passes →
/// wave.completed, with duplicates applied once and a constant number of round trips per batch.
struct WaveHandlerTests {
    @Test func waveFromRequestToCompletionWithMixedResultsAndDuplicates() async throws {
        try await WaveTestDatabase.with { db in
            try await db.apply(try Catalog.events(products: 40, companies: 40))
            #expect(try await db.buildIndex() == 40)

            let request = WaveRequested(waveId: "wave-1", budgetCents: 100_000, requestedBy: "scheduler")
            let started = try await db.apply([try Events.incoming(request)])
            #expect(started.roundTrips == 2)
            var batches = try Events.emitted(PurchaseBatchRequested.self, in: started.emitted)
            #expect(!batches.isEmpty && batches.allSatisfy { $0.pass == 1 })
            #expect(Set(batches.map(\.batchId)).count == batches.count)
            let planned = try Events.emitted(WavePlanned.self, in: started.emitted)
            #expect(planned.map(\.pass) == [1] && planned[0].candidateCount == 40)
            // The plan is persisted before (in the same transaction as) the published batches.
            #expect(try await db.count("wave_order") == Int64(batches.reduce(0) { $0 + $1.items.count }))
            #expect(try await db.count("wave_plan") == 1)
            let plannedSpend = batches.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.plannedSpendCents } }
            #expect(plannedSpend <= 100_000)

            // Another wave.requested for the same wave is never re-planned.
            let again = try await db.apply([try Events.incoming(request)])
            #expect(again.emitted.isEmpty)
            #expect(try await db.count("wave_order") == Int64(batches.reduce(0) { $0 + $1.items.count }))

            let first = Results.mixed(batches)
            let applied = try await db.apply(try first.map { try Events.incoming($0) })
            #expect(applied.roundTrips == 2)
            #expect(try await db.count("wave_order", "pass = 0 AND status IS NULL") == 0)
            var spentSoFar = first.reduce(0) { $0 + $1.spentCents }

            // A redelivered result (a new event id) changes nothing and emits nothing.
            let duplicate = try await db.apply([try Events.incoming(first[0])])
            #expect(duplicate.emitted.isEmpty)

            var completed = try Events.emitted(WaveCompleted.self, in: applied.emitted)
            batches = try Events.emitted(PurchaseBatchRequested.self, in: applied.emitted)
            // The rejected and partial lines left money that other products can still take.
            #expect(batches.first?.pass == 2)
            var passes = 1
            while completed.isEmpty, passes < 5 {
                passes += 1
                let results = batches.map { Results.executed($0, .full) }
                spentSoFar += results.reduce(0) { $0 + $1.spentCents }
                let step = try await db.apply(try results.map { try Events.incoming($0) })
                completed = try Events.emitted(WaveCompleted.self, in: step.emitted)
                batches = try Events.emitted(PurchaseBatchRequested.self, in: step.emitted)
            }
            let summary = try #require(completed.first)
            #expect(summary.spentCents == spentSoFar)
            #expect(summary.spentCents + summary.retainedCents == 100_000)
            #expect(summary.perCompany.reduce(0) { $0 + $1.spentCents } == summary.spentCents)
            #expect(summary.passes >= 2 && summary.passes <= 4)
            let wave = try await db.query("SELECT status, stop_reason, retained_cents FROM \(db.schema).wave")
            #expect(try wave[0].decode("status", as: String.self) == "done")
            #expect(try wave[0].decode("retained_cents", as: Int64.self) == summary.retainedCents)
            let phases = try await db.query("SELECT DISTINCT phase FROM \(db.schema).wave_telemetry WHERE round_trips > 0")
                .map { try $0.decode("phase", as: String.self) }
            #expect(Set(phases).isSuperset(of: ["plan", "completion"]))
            // The rows a wave read are the index plus the config row, not the catalog.
            let planRow = try await db.query("SELECT rows_read FROM \(db.schema).wave_telemetry WHERE phase = 'plan'")
            #expect(try planRow[0].decode("rows_read", as: Int64.self) == 41)
            // Filled units count as recent sales for the next index build.
            #expect(try await db.query("SELECT COALESCE(sum(units), 0)::bigint FROM \(db.schema).sales_day")[0].decode(0, as: Int64.self) > 0)
        }
    }

    @Test func resultsForAnUnknownWaveAreRejected() async throws {
        try await WaveTestDatabase.with { db in
            let result = PurchaseBatchExecuted(
                waveId: "nowhere", pass: 1, batchId: "nowhere:x:0",
                items: [.init(idempotencyKey: "k", productId: "p", status: .filled, quantity: 1, unitPriceCents: 100, spentCents: 100)],
                spentCents: 100)
            let event = try Events.incoming(result)
            await #expect(throws: EventRejected.self) { try await db.apply([event]) }
        }
    }

    @Test func waveWithNothingToBuyCompletesAtOnce() async throws {
        try await WaveTestDatabase.with { db in
            let applied = try await db.apply([try Events.incoming(WaveRequested(waveId: "empty", budgetCents: 10_000, requestedBy: "ops"))])
            let completed = try #require(try Events.emitted(WaveCompleted.self, in: applied.emitted).first)
            #expect(completed.spentCents == 0 && completed.retainedCents == 10_000)
            #expect(try Events.emitted(PurchaseBatchRequested.self, in: applied.emitted).isEmpty)
        }
    }

    @Test func concurrentWavesStartIndependently() async throws {
        try await WaveTestDatabase.with { db in
            try await db.apply(try Catalog.events(products: 20, companies: 10))
            _ = try await db.buildIndex()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<4 {
                    group.addTask {
                        try await db.apply([try Events.incoming(WaveRequested(waveId: "w\(index)", budgetCents: 50_000, requestedBy: "ops"))])
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await db.count("wave") == 4)
            #expect(try await db.count("wave_plan") == 4)
            // Keys carry the wave id, so overlapping waves never share an idempotency key.
            #expect(try await db.query("SELECT count(DISTINCT wave_id) FROM \(db.schema).wave_order")[0].decode(0, as: Int64.self) == 4)
        }
    }
}
