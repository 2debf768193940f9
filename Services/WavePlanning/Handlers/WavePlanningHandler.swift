import EventContracts
import Foundation
import ServiceKit
import WavePlanningDomain

/// Applies wave-planning's events in delivery order inside the batch's one transaction:
/// projection events as one pipeline of set-based upserts per run, `wave.requested` as a wave
/// start (plan persisted with its batches in the outbox), and runs of `purchase.batch.executed`
/// as one ``WaveProgress`` step (a constant number of round trips per run).
struct WavePlanningHandler: EventHandler {
    static let consumedTypes = [
        CatalogProductUpserted.eventType, CatalogCompanyUpserted.eventType, BuyerLinked.eventType,
        CompanyRefundsReported.eventType, ProductStockChanged.eventType, WaveRequested.eventType,
        PurchaseBatchExecuted.eventType,
    ]

    let store: WaveStore

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var changes = ProjectionChanges()
        var results: [(eventId: String, result: PurchaseBatchExecuted)] = []
        var lastTime = Date(timeIntervalSince1970: 0)
        for event in events {
            if let result = event.payload as? PurchaseBatchExecuted {
                results.append((event.envelope.id, result))
                lastTime = max(lastTime, event.envelope.time)
                continue
            }
            try applyResults(&results, time: lastTime, in: &batch)
            if changes.add(event) { continue }
            if let request = event.payload as? WaveRequested {
                try write(&changes, batch: batch)
                try start(request, event: event, in: &batch)
            }
        }
        try write(&changes, batch: batch)
        try applyResults(&results, time: lastTime, in: &batch)
    }

    private func write(_ changes: inout ProjectionChanges, batch: Batch) throws {
        guard !changes.isEmpty else { return }
        _ = try batch.connection.pipeline(changes.statements(store))
        changes = ProjectionChanges()
    }

    private func start(_ request: WaveRequested, event: IncomingEvent, in batch: inout Batch) throws {
        let started: WaveStarter.Started?
        do {
            started = try WaveStarter(store: store).start(
                WaveStartRequest(
                    waveId: request.waveId, budgetCents: request.budgetCents, seed: request.seed,
                    requestedBy: request.requestedBy, startedAt: event.envelope.time,
                    correlationId: event.envelope.correlationid ?? event.envelope.id),
                on: batch.connection)
        } catch let error as WavePlanningError {
            throw EventRejected(eventID: event.envelope.id, reason: error.description)
        }
        guard let started else {
            batch.logger.info("wave already planned; request ignored", metadata: ["wave_id": "\(request.waveId)"])
            return
        }
        try started.emissions.emit(into: &batch)
        TelemetryMetrics.record(started.telemetry)
        batch.logger.info(
            "wave planned",
            metadata: [
                "wave_id": "\(request.waveId)", "batches": "\(started.plan.firstPass.batches.count)",
                "planned_cents": "\(started.plan.firstPass.plannedSpendCents)",
            ])
    }

    private func applyResults(
        _ results: inout [(eventId: String, result: PurchaseBatchExecuted)], time: Date, in batch: inout Batch
    ) throws {
        guard !results.isEmpty else { return }
        let outcome = try WaveProgress(store: store).apply(results, at: time, on: batch.connection)
        results.removeAll()
        if let rejection = outcome.rejections.first {
            throw EventRejected(eventID: rejection.eventId, reason: rejection.reason)
        }
        try outcome.emissions.emit(into: &batch)
        TelemetryMetrics.record(outcome.telemetry)
    }
}
