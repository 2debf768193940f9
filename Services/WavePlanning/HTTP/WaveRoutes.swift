import Auth
import Foundation
import Hummingbird
import Logging
import Postgres
import ServiceKit
import WavePlanningDomain

/// Waves over HTTP (admin claim required): start one, audit it, explain one product's spend.
struct WaveRoutes: Sendable {
    let store: WaveStore
    let pool: PostgresPool
    let tokens: BearerTokens
    let logger: Logger

    /// What `POST /api/waves` returns.
    struct Started: ResponseEncodable, Decodable {
        var waveId: String
        var batches: Int
        var plannedSpendCents: Int64
        var budgetCents: Int64
    }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.post("/api/waves") { request, _ -> EditedResponse<Started> in
            let operatorId = try await tokens.operatorId(authorization: request.headers[.authorization])
            let body = try await RequestBody.decode(StartWaveRequest.self, from: request)
            return EditedResponse(status: .accepted, response: try await start(body, operatorId: operatorId))
        }
        router.get("/api/waves/:id") { request, context -> WaveAuditResponse in
            _ = try await tokens.admin(authorization: request.headers[.authorization])
            return try await audit(waveId: try parameter(context, "id"))
        }
        router.get("/api/waves/:id/explain/:productId") { request, context -> ExplainResponse in
            _ = try await tokens.admin(authorization: request.headers[.authorization])
            return try await explain(waveId: try parameter(context, "id"), productId: try parameter(context, "productId"))
        }
    }

    func start(_ body: StartWaveRequest, operatorId: String) async throws -> Started {
        let waveId = body.waveId ?? UUID().uuidString.lowercased()
        guard !waveId.isEmpty, waveId.count <= 200, !waveId.contains(where: \.isWhitespace) else {
            throw ProblemDetails.badRequest("waveId must be 1…200 characters without whitespace", field: "waveId")
        }
        if let budget = body.budgetCents { _ = try BudgetLimit.validated(budget) }
        let store = store
        let request = WaveStartRequest(
            waveId: waveId, budgetCents: body.budgetCents, seed: body.seed, requestedBy: operatorId, startedAt: Date(),
            correlationId: waveId)
        let started: WaveStarter.Started?
        do {
            started = try await pool.transaction { connection -> WaveStarter.Started? in
                guard let started = try WaveStarter(store: store).start(request, on: connection) else { return nil }
                try Outbox(schema: store.schema).enqueue(try started.emissions.messages(), on: connection)
                return started
            }
        } catch let error as WavePlanningError {
            // The client's input was checked above; what the planner refuses now is the stored config,
            // the catalog or the arithmetic on them: a server fault, logged, without internals in the answer.
            logger.error("wave planning failed", metadata: ["wave_id": "\(waveId)", "error": "\(error)"])
            throw ProblemDetails(
                .internalServerError,
                detail: "wave \(waveId) could not be planned from the stored configuration and catalog; the service log has the cause")
        }
        guard let started else { throw ProblemDetails(.conflict, detail: "wave \(waveId) exists already; waves are never re-planned") }
        TelemetryMetrics.record(started.telemetry)
        logger.info("wave planned", metadata: ["wave_id": "\(waveId)", "operator_id": "\(operatorId)"])
        return Started(
            waveId: waveId, batches: started.plan.firstPass.batches.count,
            plannedSpendCents: started.plan.firstPass.plannedSpendCents, budgetCents: started.plan.budgetCents)
    }

    func audit(waveId: String) async throws -> WaveAuditResponse {
        let statements = store.audit(waveId: waveId)
        let results = try await pool.withConnection { try $0.pipeline(statements) }
        guard !results[0].isEmpty else { throw ProblemDetails.notFound("wave \(waveId) does not exist") }
        return try WaveAuditResponse(results)
    }

    func explain(waveId: String, productId: String) async throws -> ExplainResponse {
        let statement = store.explain(waveId: waveId, productId: productId)
        let rows = try await pool.withConnection { try $0.query(statement.sql, statement.parameters) }
        guard let row = rows.first else { throw ProblemDetails.notFound("wave \(waveId) does not exist") }
        let explanation = try (row.decode("explanation", as: String?.self)).map { try JSONColumn.decode(ProductExplanation.self, from: $0) }
        let exclusion = try (row.decode("exclusion", as: String?.self)).map { try JSONColumn.decode(Exclusion.self, from: $0) }
        guard explanation != nil || exclusion != nil else {
            throw ProblemDetails.notFound("product \(productId) was not in wave \(waveId)'s candidate index")
        }
        let entry = try (row.decode("entry", as: String?.self)).map { try JSONColumn.decode(AllocationEntry.self, from: $0) }
        let steps = try (row.decode("reallocation_steps", as: String?.self)).map { try JSONColumn.decode([AllocationStep].self, from: $0) }
        return ExplainResponse(
            waveId: waveId, productId: productId, exclusion: explanation?.exclusion ?? exclusion?.reason, score: explanation?.score,
            caps: explanation?.caps, planSteps: explanation?.steps ?? [], plannedUnits: explanation?.plannedUnits ?? 0,
            plannedSpendCents: explanation?.plannedSpendCents ?? 0, reallocationSteps: steps ?? [],
            executionOutcome: try row.decode("execution_outcome"), boughtUnits: entry?.boughtUnits ?? 0,
            boughtSpendCents: entry?.boughtSpendCents ?? 0)
    }

    private func parameter(_ context: some RequestContext, _ name: String) throws -> String {
        guard let value = context.parameters.get(name), !value.isEmpty, value.count <= 200 else {
            throw ProblemDetails.badRequest("path parameter \(name) must be 1…200 characters", field: name)
        }
        return value
    }
}
