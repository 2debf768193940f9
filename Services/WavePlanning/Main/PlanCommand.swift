import ArgumentParser
import Foundation
import Postgres
import ServiceKit

extension WavePlanningCommand {
    /// `wave-planning plan --wave-id ID [--budget-cents N]`: starts a wave from the command line
    /// exactly as `wave.requested` does (plan persisted, batches in the outbox for the running
    /// service's relay) and prints its bandwidth telemetry as JSON.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan a wave now (as wave.requested does) and print its telemetry as JSON.")

        @Option(name: .long, help: "The wave id (1…200 characters, no whitespace).")
        var waveId: String

        @Option(name: .long, help: "The budget in cents (default: the configured budget).")
        var budgetCents: Int64?

        @Option(name: .long, help: "Who asked, recorded on the wave.")
        var requestedBy = "cli"

        func validate() throws {
            guard !waveId.isEmpty, waveId.count <= 200, !waveId.contains(where: \.isWhitespace) else {
                throw ValidationError("--wave-id must be 1…200 characters without whitespace")
            }
            if let budgetCents, budgetCents < 1 { throw ValidationError("--budget-cents must be at least 1") }
        }

        func run() async throws {
            let env = try WavePlanningEnvironment()
            let store = WaveStore(schema: env.descriptor.schema)
            let request = WaveStartRequest(
                waveId: waveId, budgetCents: budgetCents, seed: nil, requestedBy: requestedBy, startedAt: Date(),
                correlationId: waveId)
            let started = try await env.withPool(applicationName: "wave-planning-plan") { pool, _ in
                try await pool.transaction { connection -> WaveStarter.Started? in
                    guard let started = try WaveStarter(store: store).start(request, on: connection) else { return nil }
                    try Outbox(schema: store.schema).enqueue(try started.emissions.messages(), on: connection)
                    return started
                }
            }
            guard let started else {
                print("wave \(waveId) exists already; waves are never re-planned")
                throw ExitCode(2)
            }
            print(try JSONColumn.encode(PlanReport(started)))
        }
    }
}

/// What `plan` prints: the plan's size and the telemetry of its phases.
struct PlanReport: Codable {
    struct Phase: Codable {
        var phase: String
        var roundTrips: Int64
        var rowsRead: Int64
        var rowsWritten: Int64
        var durationMicroseconds: Int64
    }

    var waveId: String
    var candidateCount: Int
    var eligibleCount: Int
    var orders: Int
    var batches: Int
    var plannedSpendCents: Int64
    var phases: [Phase]

    init(_ started: WaveStarter.Started) {
        waveId = started.plan.waveId
        candidateCount = started.plan.candidateCount
        eligibleCount = started.plan.eligibleCount
        orders = started.plan.firstPass.orders.count
        batches = started.plan.firstPass.batches.count
        plannedSpendCents = started.plan.firstPass.plannedSpendCents
        phases = started.telemetry.map {
            Phase(
                phase: $0.phase.rawValue, roundTrips: $0.roundTrips, rowsRead: $0.rowsRead, rowsWritten: $0.rowsWritten,
                durationMicroseconds: $0.durationMicroseconds)
        }
    }
}
