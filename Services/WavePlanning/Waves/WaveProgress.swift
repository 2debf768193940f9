import EventContracts
import Foundation
import Postgres
import WavePlanningDomain

/// Applies a batch of `purchase.batch.executed` results to their waves in the caller's transaction
/// (D000-35..37), with a constant number of round trips whatever the number of results:
///
/// 1. one pipeline: lock the waves, read their batches still waiting;
/// 2. per result, in delivery order: the ledger records it (a redelivered line changes nothing);
///    when a wave's last open batch reports, the next reallocation pass is planned from the
///    executed state (at most 3), or the wave completes;
/// 3. one pipeline: the waves' new state, the lines, the new passes' orders and batches, telemetry.
struct WaveProgress: Sendable {
    let store: WaveStore

    /// A result that can never apply, and why (it is dead-lettered).
    struct Rejection: Error {
        var eventId: String
        var reason: String
    }

    struct Outcome: Sendable {
        var emissions = WaveEmissions()
        var telemetry: [TelemetryRow] = []
        var rejections: [Rejection] = []
    }

    func apply(
        _ results: [(eventId: String, result: PurchaseBatchExecuted)], at time: Date, on connection: PostgresConnection
    ) throws -> Outcome {
        var meter = PhaseMeter(connection)
        let waveIds = Array(Set(results.map(\.result.waveId))).sorted()
        let reads = try connection.pipeline(store.lockWaves(waveIds))
        meter.read(reads[0].count + reads[1].count)
        var waves: [String: WaveRecord] = [:]
        for row in reads[0] {
            let record = try WaveRecord(row)
            waves[record.waveId] = record
        }
        var openBatches: [String: String] = [:]
        for row in reads[1] { openBatches[try row.decode("batch_id", as: String.self)] = try row.decode("wave_id", as: String.self) }

        var outcome = Outcome()
        var touched: [String: WavePhase] = [:]
        var newPasses: [WavePass] = []
        var completions: [String: WaveCompletionSummary] = [:]
        var executedBatches: [String] = []
        var lines: [ResultLine] = []
        for (eventId, result) in results {
            guard var wave = waves[result.waveId] else {
                outcome.rejections.append(Rejection(eventId: eventId, reason: "wave \(result.waveId) is unknown"))
                continue
            }
            // A late copy for a finished wave, or for a batch already reported, has no further effect.
            guard !wave.isDone else { continue }
            let items = result.items.map(Self.executedItem)
            do {
                try wave.ledger.record(items)
            } catch {
                outcome.rejections.append(Rejection(eventId: eventId, reason: "\(error)"))
                continue
            }
            lines += result.items.map(Self.line)
            touched[wave.waveId] = touched[wave.waveId] ?? .results
            if openBatches.removeValue(forKey: result.batchId) != nil {
                executedBatches.append(result.batchId)
                wave.openBatches -= 1
            }
            if wave.openBatches <= 0 {
                try advance(&wave, phase: &touched, passes: &newPasses, completions: &completions, emissions: &outcome.emissions, time: time)
            }
            waves[wave.waveId] = wave
        }
        let changed = waveIds.compactMap { touched[$0] == nil ? nil : waves[$0] }
        guard !changed.isEmpty else { return outcome }

        var statements = [try store.updateWaves(changed, outcomes: completions)]
        statements += store.recordResults(batchIds: executedBatches, lines: lines, day: time)
        for pass in newPasses { statements += store.insertPass(pass) }
        meter.wrote(changed.count + executedBatches.count + lines.count + newPasses.reduce(0) { $0 + $1.orders.count + $1.batches.count })
        outcome.telemetry = changed.map { wave in
            meter.row(waveId: wave.waveId, phase: touched[wave.waveId] ?? .results, pass: wave.currentPass + 1, pendingTrips: 1)
        }
        statements.append(store.insertTelemetry(outcome.telemetry))
        _ = try connection.pipeline(statements)
        return outcome
    }

    /// The wave's pass is fully reported: plan the next reallocation pass or complete the wave.
    private func advance(
        _ wave: inout WaveRecord, phase: inout [String: WavePhase], passes: inout [WavePass],
        completions: inout [String: WaveCompletionSummary], emissions: inout WaveEmissions, time: Date
    ) throws {
        let events = WaveEventFactory(waveId: wave.waveId, time: time, correlationId: wave.waveId)
        if let next = try wave.ledger.nextPass(
            batchSize: wave.config.batchSize, maxReallocationPasses: wave.config.maxReallocationPasses)
        {
            wave.currentPass = next.pass
            wave.openBatches = next.batches.count
            passes.append(next)
            phase[wave.waveId] = .reallocation
            emissions = emissions + events.pass(next, plan: wave.facts)
        } else {
            let summary = wave.ledger.summary(flaggedCount: wave.flaggedCount)
            wave.isDone = true
            completions[wave.waveId] = summary
            phase[wave.waveId] = .completion
            emissions = emissions + events.completed(summary)
        }
    }

    static func executedItem(_ item: PurchaseBatchExecuted.Item) -> ExecutedItem {
        ExecutedItem(
            idempotencyKey: item.idempotencyKey, productId: item.productId,
            status: ExecutedItem.Status(rawValue: item.status.rawValue) ?? .rejected, quantity: item.quantity,
            unitPriceCents: item.unitPriceCents, spentCents: item.spentCents, reason: item.reason)
    }

    static func line(_ item: PurchaseBatchExecuted.Item) -> ResultLine {
        ResultLine(
            idempotencyKey: item.idempotencyKey, status: item.status.rawValue, quantity: item.quantity,
            unitPriceCents: item.unitPriceCents, spentCents: item.spentCents, reason: item.reason)
    }
}
