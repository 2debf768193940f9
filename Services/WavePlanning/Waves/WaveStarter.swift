import Foundation
import Postgres
import WavePlanningDomain

/// What starts a wave: `wave.requested` or the admin route.
struct WaveStartRequest: Sendable {
    var waveId: String
    var budgetCents: Int64?
    var seed: String?
    var requestedBy: String
    /// The wave's start time: the request event's time, so a redelivery plans identically (D000-14).
    var startedAt: Date
    var correlationId: String
}

/// The wave's start in the caller's transaction (seed §3 steps 1–8, D000-39):
///
/// 1. one pipeline: the start lock (waits for a running index build), the config row and the
///    whole candidate index with its company facts — one round trip, no catalog scan;
/// 2. the pure planner;
/// 3. one pipeline: the wave with its ledger, the plan document, pass 1's orders and batches, the
///    review queue and the telemetry — before any batch is published (the emissions commit with it).
///
/// A wave id seen before returns nil: a wave is never re-planned.
struct WaveStarter: Sendable {
    let store: WaveStore

    struct Started: Sendable {
        var plan: WavePlan
        var emissions: WaveEmissions
        var telemetry: [TelemetryRow]
    }

    func start(_ request: WaveStartRequest, on connection: PostgresConnection) throws -> Started? {
        var meter = PhaseMeter(connection)
        let reads = try connection.pipeline([
            store.lockForStart(waveId: request.waveId), store.readConfig(), store.readCandidates(waveId: request.waveId),
        ])
        meter.read(reads[1].count + reads[2].count)
        guard try !reads[0][0].decode("existing", as: Bool.self) else { return nil }
        guard let configRow = reads[1].first else { throw WaveStartError.missingConfig }
        let stored = try StoredConfig(configRow)
        var config = stored.config
        if let seed = request.seed { config.seed = seed }
        let catalog = try CandidateRows.catalog(reads[2])

        let computeStart = ContinuousClock.now
        let plan = try WavePlanner.plan(
            WaveRequest(
                waveId: request.waveId, budgetCents: request.budgetCents ?? stored.defaultBudgetCents,
                now: Int64(request.startedAt.timeIntervalSince1970.rounded(.down))),
            catalog: catalog, config: config)
        let compute = PhaseMeter.micros(ContinuousClock.now - computeStart)

        let facts = PlanFacts(
            budgetCents: plan.budgetCents, candidateCount: plan.candidateCount, eligibleCount: plan.eligibleCount,
            seed: plan.seed, configVersion: stored.version)
        let events = WaveEventFactory(waveId: request.waveId, time: request.startedAt, correlationId: request.correlationId)
        var record = WaveRecord(
            waveId: request.waveId, isDone: false, facts: facts, config: config, currentPass: 0,
            openBatches: plan.firstPass.batches.count, flaggedCount: plan.flagged.count, ledger: WaveLedger(plan: plan))
        var emissions = events.pass(plan.firstPass, plan: facts) + events.flagged(plan.flagged)
        var statements = try store.insertWave(record, requestedBy: request.requestedBy, startedAt: request.startedAt, plan: plan)
        statements += store.insertPass(plan.firstPass)
        statements.append(store.insertReview(waveId: request.waveId, plan.flagged))
        // A plan with nothing to buy completes at once; its wave row is written already done.
        if plan.firstPass.orders.isEmpty {
            let summary = record.ledger.summary(flaggedCount: plan.flagged.count)
            record.isDone = true
            emissions = emissions + events.completed(summary)
            statements.append(try store.updateWaves([record], outcomes: [record.waveId: summary]))
        }
        meter.wrote(2 + plan.firstPass.orders.count + plan.firstPass.batches.count + plan.flagged.count + 2)
        let telemetry = [
            meter.row(waveId: request.waveId, phase: .plan, pass: 1, pendingTrips: 1),
            TelemetryRow(
                waveId: request.waveId, phase: .compute, pass: 1, roundTrips: 0, rowsRead: 0, rowsWritten: 0,
                durationMicroseconds: compute),
        ]
        statements.append(store.insertTelemetry(telemetry))
        _ = try connection.pipeline(statements)
        return Started(plan: plan, emissions: emissions, telemetry: telemetry)
    }
}

extension WaveRecord {
    init(
        waveId: String, isDone: Bool, facts: PlanFacts, config: WaveConfig, currentPass: Int, openBatches: Int,
        flaggedCount: Int, ledger: WaveLedger
    ) {
        self.waveId = waveId
        self.isDone = isDone
        self.facts = facts
        self.config = config
        self.currentPass = currentPass
        self.openBatches = openBatches
        self.flaggedCount = flaggedCount
        self.ledger = ledger
    }
}

/// Why a wave could not start.
enum WaveStartError: Error, CustomStringConvertible {
    case missingConfig

    var description: String { "the wave_config row is missing; run the migrations" }
}
