import EventContracts
import Foundation
import WavePlanningDomain

/// Builds the typed events of a wave; ids derive from the wave, type and entity (``EventIdentity``).
struct WaveEventFactory: Sendable {
    let waveId: String
    let time: Date
    let correlationId: String

    private func event<P: EventPayload>(_ data: P, _ discriminator: String) -> CloudEvent<P> {
        CloudEvent(
            id: EventIdentity.id(waveId: waveId, type: P.eventType, discriminator), source: EventIdentity.source,
            time: time, data: data, correlationid: correlationId)
    }

    /// `purchase.batch.requested` per company batch and `wave.planned` for one pass; event passes
    /// count from 1 while the core's first pass is 0.
    func pass(_ pass: WavePass, plan: PlanFacts) -> WaveEmissions {
        let number = Int64(pass.pass + 1)
        let batches = pass.batches.map { batch in
            event(
                PurchaseBatchRequested(
                    waveId: waveId, pass: number, batchId: batch.batchId, companyId: batch.companyId,
                    items: batch.orders.map {
                        .init(
                            idempotencyKey: $0.idempotencyKey, productId: $0.productId, quantity: $0.quantity,
                            unitPriceCents: $0.unitPriceCents, plannedSpendCents: $0.plannedSpendCents, buyerId: $0.buyerId)
                    }),
                batch.batchId)
        }
        let planned = event(
            WavePlanned(
                waveId: waveId, pass: number, budgetCents: plan.budgetCents, candidateCount: Int64(plan.candidateCount),
                eligibleCount: Int64(plan.eligibleCount), plannedSpendCents: pass.plannedSpendCents,
                batchCount: Int64(pass.batches.count), seed: plan.seed, configVersion: plan.configVersion),
            "pass-\(number)")
        return WaveEmissions(planned: [planned], batches: batches)
    }

    func flagged(_ entities: [FlaggedEntity]) -> WaveEmissions {
        WaveEmissions(flagged: entities.map { entity in
            event(
                ReviewFlagged(
                    entityType: entity.entityType == .product ? .product : .company, entityId: entity.entityId,
                    reason: entity.reason, waveId: waveId, detail: entity.detail),
                "\(entity.entityType.rawValue):\(entity.entityId):\(entity.reason)")
        })
    }

    func completed(_ summary: WaveCompletionSummary) -> WaveEmissions {
        WaveEmissions(completed: [
            event(
                WaveCompleted(
                    waveId: waveId, budgetCents: summary.budgetCents, spentCents: summary.spentCents,
                    retainedCents: summary.retainedCents, passes: Int64(summary.passes),
                    productsBought: Int64(summary.productsBought),
                    perCompany: summary.perCompany.map { .init(companyId: $0.companyId, spentCents: $0.spentCents) },
                    flaggedCount: Int64(summary.flaggedCount)),
                "completed")
        ])
    }
}

/// The wave-level facts `wave.planned` repeats on every pass.
struct PlanFacts: Sendable {
    var budgetCents: Int64
    var candidateCount: Int
    var eligibleCount: Int
    var seed: String
    var configVersion: Int64
}
